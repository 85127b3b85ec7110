package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.registry.Provider;
import com.commercegraph.settings.SettingChecks;
import com.commercegraph.settings.StandardRestClientKeys;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientConfigBuilder;
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
  private final StandardRestClientKeys restClientKeys;
  private OidcClient oidcClient;
  private Tokens current;

  VeepeTokens(VeepeConfig config, OidcClients oidcClients, StandardRestClientKeys restClientKeys) {
    this.config = config;
    this.oidcClients = oidcClients;
    this.restClientKeys = restClientKeys;
  }

  /**
   * How long the token request may take to connect: VeePe's own ({@code VEEPE_CONNECT_TIMEOUT}), or
   * the standard {@code quarkus.rest-client."veepe".connect-timeout} over it, as for every other
   * VeePe call.
   */
  Duration connectTimeout() {
    return restClientKeys.connectTimeout(VeepeRestClient.class, config.connectTimeout());
  }

  /**
   * How long the token request may wait for VeePe's answer: {@code VEEPE_READ_TIMEOUT}, or the
   * standard {@code quarkus.rest-client."veepe".read-timeout} over it. The OIDC client has no such
   * setting: {@link VeepeTokenRequestFilter} sets it on the request itself.
   */
  Duration readTimeout() {
    return restClientKeys.readTimeout(VeepeRestClient.class, config.readTimeout());
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
    long started = System.nanoTime();
    try {
      return oidcClient().getTokens().await().atMost(tokenCallLimit());
    } catch (RuntimeException e) {
      ProviderException failure = ProviderErrors.forTransport(Provider.VEEPE, e, false);
      // The OIDC client answers every transport failure as "OIDC Server is not available",
      // without its cause (OidcClientImpl): one that ended past the read timeout was that timeout.
      if (!(failure instanceof ProviderTimeoutException)
          && Duration.ofNanos(System.nanoTime() - started).compareTo(readTimeout()) >= 0) {
        throw new ProviderTimeoutException(
            new ProviderFailure(
                Provider.VEEPE, null, null, "the token endpoint gave no answer in time", false),
            e);
      }
      throw failure;
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

  /**
   * VeePe's token endpoint through Quarkus's OIDC client, built here rather than from {@code
   * quarkus.oidc-client.*}: its URL, timeouts and proxy are VeePe's own settings (and the standard
   * {@code quarkus.rest-client."veepe".*} keys over them), like every other VeePe call. The OIDC
   * client itself retries only a dropped connection ({@code SocketException}, 3 times by default);
   * a timeout fails the VeePe call it serves, which the gateway retries as a safe read within the
   * request's deadline.
   */
  private OidcClientConfig oidcConfig() {
    String base = SettingChecks.baseUri(config.baseUrl()).toString();
    OidcClientConfigBuilder builder = OidcClientConfig.builder();
    restClientKeys
        .proxy(VeepeRestClient.class)
        .ifPresent(
            proxy -> builder.proxy(proxy.host(), proxy.port(), proxy.user(), proxy.password()));
    return builder
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
        .connectionTimeout(connectTimeout())
        .build();
  }

  /** The longest a token request can take: connecting, then waiting for the answer. */
  private Duration tokenCallLimit() {
    return connectTimeout().plus(readTimeout());
  }

  @PreDestroy
  synchronized void close() throws IOException {
    if (oidcClient != null) {
      oidcClient.close();
    }
  }
}
