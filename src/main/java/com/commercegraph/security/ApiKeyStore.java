package com.commercegraph.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.commercegraph.settings.SandboxUrls;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The API keys callers may present: those of {@code COMMERCE_API_KEYS}, plus the documented {@link
 * #LOCAL_DEV_KEY} in dev mode or when every provider is the sandbox (so GraphiQL works out of the
 * box there). A sandbox run where some provider has real settings gets no local key: the published
 * key must never reach a merchant's real data. Read at start-up, so a malformed setting stops the
 * gateway rather than locking every caller out later.
 */
@Startup
@Singleton
public class ApiKeyStore {

  /** Published in the README: it guards nothing but the sandbox's made-up data. */
  public static final String LOCAL_DEV_KEY = "commerce-local-dev-key";

  private static final Logger LOG = Logger.getLogger(ApiKeyStore.class);

  private final List<ApiKeyEntries.ApiKey> keys;
  private final boolean localKeyOn;
  private final boolean oidcOn;

  ApiKeyStore(
      @ConfigProperty(name = "commerce.api-keys") Optional<String> configured,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> oidcIssuer,
      Config config) {
    List<ApiKeyEntries.ApiKey> all =
        new ArrayList<>(configured.map(ApiKeyEntries::parse).orElse(List.of()));
    this.localKeyOn =
        LaunchMode.current() == LaunchMode.DEVELOPMENT || SandboxUrls.onlySandbox(config);
    if (localKeyOn) {
      all.add(new ApiKeyEntries.ApiKey(ApiKeyEntries.hash(LOCAL_DEV_KEY), Roles.ALL));
    }
    this.keys = List.copyOf(all);
    this.oidcOn = oidcIssuer.filter(issuer -> !issuer.isBlank()).isPresent();
  }

  /**
   * Says at start-up how callers get in: the GraphiQL link with the local key (an absolute URL, so
   * a terminal makes it clickable; GraphiQL reads default headers from its URL only), or that no
   * caller can, so a gateway answering 401 to everyone says why in its log.
   */
  void announce(@ObservesAsync HttpServerStart start, HttpServer server) {
    if (localKeyOn) {
      LOG.infof(
          "Local key on; GraphiQL with it: http://localhost:%d/q/graphql-ui/?headers=%s",
          server.getPort(), URLEncoder.encode("{\"X-API-Key\":\"" + LOCAL_DEV_KEY + "\"}", UTF_8));
    } else if (keys.isEmpty() && !oidcOn) {
      LOG.warn(
          "No API key (COMMERCE_API_KEYS) and no OIDC issuer (QUARKUS_OIDC_AUTH_SERVER_URL) is"
              + " configured: every GraphQL request will be answered 401");
    }
  }

  /**
   * The roles of the presented key, or empty when no configured key matches. Every configured key
   * is compared, so the time taken does not depend on which one matched.
   */
  public Optional<Set<String>> rolesOf(String presentedKey) {
    byte[] presented = ApiKeyEntries.hash(presentedKey);
    Set<String> roles = null;
    for (ApiKeyEntries.ApiKey key : keys) {
      if (key.matches(presented) && roles == null) {
        roles = key.roles();
      }
    }
    return Optional.ofNullable(roles);
  }
}
