package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import com.commercegraph.settings.SettingChecks;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.OidcClientConfig;
import io.quarkus.oidc.client.runtime.OidcClientConfig.Grant;
import io.quarkus.oidc.common.OidcRequestContextProperties;
import io.quarkus.oidc.common.runtime.config.OidcClientCommonConfig.Credentials.Secret.Method;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;

/**
 * VeePe's OAuth2 access token (client credentials), fetched through a quarkus-oidc-client built
 * only when VeePe is enabled, so that a gateway without VeePe credentials starts without it.
 *
 * <p>veepe-api.txt: tokens should be cached and reused until expiry. One token serves every call
 * until it is within {@code veepe.token-refresh-skew} of its {@code expires_in}; then the next call
 * fetches a new one. Token requests run one at a time: callers wait for the one in flight.
 */
@ApplicationScoped
public class VeepeTokens {

  static final String OIDC_CLIENT_ID = "veepe";

  // The OIDC client puts its id under this key of the filter context (OidcClientImpl).
  private static final String CLIENT_ID_PROPERTY = "client-id";

  private final VeepeConfig config;
  private final OidcClients oidcClients;
  private OidcClient oidcClient;
  private Tokens current;

  VeepeTokens(VeepeConfig config, OidcClients oidcClients) {
    this.config = config;
    this.oidcClients = oidcClients;
  }

  /**
   * A valid access token, fetched when none is cached or the cached one is about to expire.
   *
   * @throws ProviderException PROVIDER_AUTH_FAILED when VeePe refuses the credentials, or the
   *     failure of the token call (timeout, unavailable, bad response)
   */
  public synchronized String accessToken() {
    if (current == null
        || current.isAccessTokenExpired()
        || current.isAccessTokenWithinRefreshInterval()) {
      current = fetch();
    }
    return current.getAccessToken();
  }

  /** Forgets the cached token (VeePe refused it), so that the next call fetches a new one. */
  public synchronized void discard() {
    current = null;
  }

  static boolean isVeepeClient(OidcRequestContextProperties properties) {
    return properties != null && OIDC_CLIENT_ID.equals(properties.getString(CLIENT_ID_PROPERTY));
  }

  private Tokens fetch() {
    try {
      return oidcClient().getTokens().await().atMost(tokenCallLimit());
    } catch (RuntimeException e) {
      throw ProviderErrors.forTransport(Provider.VEEPE, e, false);
    }
  }

  private OidcClient oidcClient() {
    if (oidcClient == null) {
      if (!config.enabled()) {
        throw VeepeClient.disabled();
      }
      oidcClient = oidcClients.newClient(oidcConfig()).await().atMost(tokenCallLimit());
    }
    return oidcClient;
  }

  private OidcClientConfig oidcConfig() {
    String base = SettingChecks.baseUri(config.baseUrl()).toString();
    return OidcClientConfig.builder()
        .id(OIDC_CLIENT_ID)
        .authServerUrl(base)
        .discoveryEnabled(false)
        .tokenPath(base + "/token")
        .clientId(config.clientId().orElseThrow())
        .credentials()
        .clientSecret(config.clientSecret().orElseThrow(), Method.POST)
        .end()
        .grant(Grant.Type.CLIENT)
        .refreshTokenTimeSkew(config.tokenRefreshSkew())
        .connectionTimeout(config.connectTimeout())
        .build();
  }

  /** The OIDC client has no read timeout of its own; a hanging token call must not hang callers. */
  private Duration tokenCallLimit() {
    return config.connectTimeout().plus(config.readTimeout());
  }

  @PreDestroy
  synchronized void close() throws IOException {
    if (oidcClient != null) {
      oidcClient.close();
    }
  }
}
