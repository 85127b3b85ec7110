package com.commercegraph.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WireMock servers standing in for the providers of the running gateway: the one place a test
 * or a stub builder asks for a provider's server, {@code ProviderServers.of(Provider.VEEQO)}.
 *
 * <p>{@link ProviderWireMock#start()} registers each server here. A static map is enough because
 * Quarkus (3.32) loads a test profile's resources and the test classes that run under that profile
 * with the same class loader ("Quarkus Runtime ClassLoader: TEST for JUnitQuarkusTest-profile"), so
 * a resource and its tests share this class and its map; each profile has its own loader, its own
 * copy of the map and its own servers (checked with tests of two profiles: the servers found here
 * were the ones the resources injected into the same test instances). A profile that starts no
 * resources ({@link NoProvidersConfigured}) has an empty map, which {@link #of} reports rather than
 * hands out null. Field injection by the resources did the same job with one annotated field per
 * provider in every test class.
 */
public final class ProviderServers {

  private static final Map<Provider, ProviderWireMock> RUNNING = new ConcurrentHashMap<>();

  private ProviderServers() {}

  static void started(ProviderWireMock resource) {
    RUNNING.put(resource.provider(), resource);
  }

  static void stopped(ProviderWireMock resource) {
    RUNNING.remove(resource.provider(), resource);
  }

  /** The server standing in for {@code provider} in this test's gateway. */
  public static WireMockServer of(Provider provider) {
    ProviderWireMock resource = RUNNING.get(provider);
    if (resource == null) {
      throw new IllegalStateException(
          "no WireMock server for "
              + provider
              + ": this test profile starts no provider resources");
    }
    return resource.server();
  }

  /**
   * Forgets every stub and every request and sets each provider's baseline up again, so that a test
   * sees only what it set up itself.
   */
  static void resetAll() {
    RUNNING.values().forEach(ProviderWireMock::reset);
  }

  /** Nothing reached any provider: the gateway refused before calling out. */
  public static void assertNoneCalled() {
    for (ProviderWireMock resource : RUNNING.values()) {
      assertThat(resource.server().findAll(anyRequestedFor(anyUrl())))
          .as(resource.provider().displayName())
          .isEmpty();
    }
  }

  /** Forgets the requests every provider received, keeping the stubs. */
  public static void forgetRequests() {
    RUNNING.values().forEach(resource -> resource.server().resetRequests());
  }
}
