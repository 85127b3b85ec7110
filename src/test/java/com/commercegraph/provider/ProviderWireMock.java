package com.commercegraph.provider;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One WireMock server per provider, on a dynamic port, with the configuration that points the
 * provider's client at it. Subclasses name the provider and its settings; tests get the server with
 * {@code @InjectWireMock(Provider.X) WireMockServer server} and reset it before each test.
 */
public abstract class ProviderWireMock implements QuarkusTestResourceLifecycleManager {

  private final Provider provider;
  private WireMockServer server;

  protected ProviderWireMock(Provider provider) {
    this.provider = provider;
  }

  /** The configuration that points the provider at {@code baseUrl} with test credentials. */
  protected abstract Map<String, String> settings(String baseUrl);

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    return settings(server.baseUrl());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(
        server,
        field ->
            field.getType() == WireMockServer.class
                && field.isAnnotationPresent(InjectWireMock.class)
                && field.getAnnotation(InjectWireMock.class).value() == provider);
  }
}
