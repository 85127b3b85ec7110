package com.commercegraph.settings;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.restclient.config.RestClientsConfig;
import io.quarkus.restclient.config.RestClientsConfig.RestClientConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.LoggingScope;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/**
 * The standard {@code quarkus.rest-client."<key>".*} settings of a provider's REST client (key
 * {@code veeqo}, {@code veepe}, {@code recplus} or {@code shopwedo}, also settable by environment
 * variable, e.g. {@code QUARKUS_REST_CLIENT_VEEQO_PROXY_ADDRESS}), applied to the client the
 * provider's adapter builds itself. Quarkus applies them only to clients it injects, and the
 * adapters build theirs (they need per-provider filters and error mappers made from the provider's
 * settings), so without this proxy, trust store, extra headers and request logging would do
 * nothing. Each provider's REST client interface is registered under its key ({@code
 * RegisterRestClient(configKey = ...)}), which is what makes Quarkus read that key's settings.
 *
 * <p>Applied: {@code headers."<name>"}, {@code proxy-address} ({@code host:port}), {@code
 * proxy-user}, {@code proxy-password}, {@code non-proxy-hosts}, {@code proxy-connect-timeout},
 * {@code trust-store} (+ {@code -password}, {@code -type}), {@code key-store} (+ {@code -password},
 * {@code -type}), {@code verify-host}, {@code follow-redirects}, {@code user-agent}, {@code
 * logging.scope} and {@code logging.body-limit}, {@code connection-pool-size}, {@code
 * connection-ttl}, {@code keep-alive-enabled}, {@code http2}, and {@code connect-timeout} / {@code
 * read-timeout} (milliseconds) over the provider's own timeouts. The base URL stays the provider's
 * own setting ({@code VEEQO_BASE_URL}, ...).
 */
@ApplicationScoped
public class StandardRestClientKeys {

  private final Map<String, RestClientConfig> clients;

  @Inject
  StandardRestClientKeys(RestClientsConfig config) {
    this(config.clients());
  }

  private StandardRestClientKeys(Map<String, RestClientConfig> clients) {
    this.clients = clients;
  }

  /** None applied: for clients built by hand in tests of the client alone. */
  public static StandardRestClientKeys none() {
    return new StandardRestClientKeys(Map.of());
  }

  /**
   * What is wrong with any provider client's settings, each naming its environment variable; empty
   * when all can be applied. Checked at start-up with the providers' own settings.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    clients.forEach((type, client) -> problems.addAll(problems(configKey(type), client)));
    return problems;
  }

  private static List<String> problems(String key, RestClientConfig client) {
    List<String> problems = new ArrayList<>();
    client
        .proxyAddress()
        .filter(address -> proxy(address).isEmpty())
        .ifPresent(
            address ->
                problems.add(
                    variable(key, "proxy-address") + " must be host:port, e.g. proxy:3128"));
    client
        .trustStore()
        .filter(file -> !Files.isReadable(Path.of(file)))
        .ifPresent(file -> problems.add(variable(key, "trust-store") + " must be a readable file"));
    client
        .keyStore()
        .filter(file -> !Files.isReadable(Path.of(file)))
        .ifPresent(file -> problems.add(variable(key, "key-store") + " must be a readable file"));
    client
        .logging()
        .flatMap(RestClientsConfig.RestClientLoggingConfig::scope)
        .filter(scope -> LoggingScope.forName(scope) == null)
        .ifPresent(
            scope ->
                problems.add(
                    variable(key, "logging.scope") + " must be request-response, all or none"));
    return problems;
  }

  /**
   * The builder with the settings of this REST client interface's key applied; settings that are
   * not given change nothing. Quarkus files a key's settings under the interface registered with
   * it.
   */
  public QuarkusRestClientBuilder applied(Class<?> restClient, QuarkusRestClientBuilder builder) {
    RestClientConfig client = clients.get(restClient.getName());
    if (client == null) {
      return builder;
    }
    if (!client.headers().isEmpty()) {
      Map<String, String> headers = Map.copyOf(client.headers());
      builder.register(
          (ClientRequestFilter)
              request ->
                  headers.forEach((name, value) -> request.getHeaders().putSingle(name, value)));
    }
    client.connectTimeout().ifPresent(ms -> builder.connectTimeout(ms, TimeUnit.MILLISECONDS));
    client.readTimeout().ifPresent(ms -> builder.readTimeout(ms, TimeUnit.MILLISECONDS));
    client
        .proxyAddress()
        .flatMap(StandardRestClientKeys::proxy)
        .ifPresent(proxy -> builder.proxyAddress(proxy.host(), proxy.port()));
    client.proxyUser().ifPresent(builder::proxyUser);
    client.proxyPassword().ifPresent(builder::proxyPassword);
    client.nonProxyHosts().ifPresent(builder::nonProxyHosts);
    client.proxyConnectTimeout().ifPresent(builder::proxyConnectTimeout);
    client
        .trustStore()
        .ifPresent(
            file ->
                builder.trustStore(
                    keyStore(file, client.trustStorePassword(), client.trustStoreType()),
                    client.trustStorePassword().orElse(null)));
    client
        .keyStore()
        .ifPresent(
            file ->
                builder.keyStore(
                    keyStore(file, client.keyStorePassword(), client.keyStoreType()),
                    client.keyStorePassword().orElse("")));
    client.verifyHost().ifPresent(builder::verifyHost);
    client.followRedirects().ifPresent(builder::followRedirects);
    client.userAgent().ifPresent(builder::userAgent);
    client
        .logging()
        .ifPresent(
            logging -> {
              logging.scope().map(LoggingScope::forName).ifPresent(builder::loggingScope);
              builder.loggingBodyLimit(logging.bodyLimit());
            });
    client
        .connectionPoolSize()
        .ifPresent(
            size -> builder.property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, size));
    client
        .connectionTTL()
        .ifPresent(ttl -> builder.property(QuarkusRestClientProperties.CONNECTION_TTL, ttl));
    client
        .keepAliveEnabled()
        .ifPresent(on -> builder.property(QuarkusRestClientProperties.KEEP_ALIVE_ENABLED, on));
    client.http2().ifPresent(on -> builder.property(QuarkusRestClientProperties.HTTP2, on));
    return builder;
  }

  /**
   * The connect timeout of this REST client interface's key ({@code connect-timeout}), else {@code
   * own}: for a call of the same provider the REST client does not make (VeePe's token request).
   */
  public Duration connectTimeout(Class<?> restClient, Duration own) {
    return settings(restClient)
        .flatMap(RestClientConfig::connectTimeout)
        .map(Duration::ofMillis)
        .orElse(own);
  }

  /** As {@link #connectTimeout} for {@code read-timeout}. */
  public Duration readTimeout(Class<?> restClient, Duration own) {
    return settings(restClient)
        .flatMap(RestClientConfig::readTimeout)
        .map(Duration::ofMillis)
        .orElse(own);
  }

  /**
   * The proxy of this REST client interface's key ({@code proxy-address}, {@code proxy-user},
   * {@code proxy-password}), for a call of the same provider the REST client does not make.
   */
  public Optional<ProxySetting> proxy(Class<?> restClient) {
    Optional<RestClientConfig> client = settings(restClient);
    return client
        .flatMap(RestClientConfig::proxyAddress)
        .flatMap(StandardRestClientKeys::proxy)
        .map(
            proxy ->
                new ProxySetting(
                    proxy.host(),
                    proxy.port(),
                    client.get().proxyUser().orElse(null),
                    client.get().proxyPassword().orElse(null)));
  }

  /** A proxy as a key's settings give it; user and password null when not set. */
  public record ProxySetting(String host, int port, String user, String password) {}

  private Optional<RestClientConfig> settings(Class<?> restClient) {
    return Optional.ofNullable(clients.get(restClient.getName()));
  }

  private record Proxy(String host, int port) {}

  private static Optional<Proxy> proxy(String address) {
    int colon = address.lastIndexOf(':');
    if (colon <= 0 || colon == address.length() - 1) {
      return Optional.empty();
    }
    try {
      int port = Integer.parseInt(address.substring(colon + 1));
      return port > 0 && port < 65536
          ? Optional.of(new Proxy(address.substring(0, colon), port))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static KeyStore keyStore(String file, Optional<String> password, Optional<String> type) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      KeyStore store = KeyStore.getInstance(type.orElse(KeyStore.getDefaultType()));
      store.load(in, password.map(String::toCharArray).orElse(null));
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the key store " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the key store " + file, e);
    }
  }

  /** The key an interface is registered under, for naming its settings. */
  private static String configKey(String type) {
    try {
      RegisterRestClient registered =
          Class.forName(type, false, Thread.currentThread().getContextClassLoader())
              .getAnnotation(RegisterRestClient.class);
      return registered == null || registered.configKey().isEmpty() ? type : registered.configKey();
    } catch (ClassNotFoundException e) {
      return type;
    }
  }

  /** The environment variable of a key's setting, as the README names it. */
  static String variable(String key, String setting) {
    return ("QUARKUS_REST_CLIENT_" + key + "_" + setting)
        .toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9]", "_");
  }
}
