package com.commercegraph.provider.veeqo;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Adds Veeqo's credentials (veeqo-api.txt "Authentication"): the OAuth token as a bearer token when
 * one is configured, else the private app's key as {@code x-api-key}. Never both, so Veeqo cannot
 * pick the wrong one.
 */
final class VeeqoAuthFilter implements ClientRequestFilter {

  static final String API_KEY_HEADER = "x-api-key";

  private final String headerName;
  private final String headerValue;

  private VeeqoAuthFilter(String headerName, String headerValue) {
    this.headerName = headerName;
    this.headerValue = headerValue;
  }

  /**
   * The filter for the configured credentials; the config must be {@link VeeqoConfig#enabled()}.
   */
  static VeeqoAuthFilter from(VeeqoConfig config) {
    return config
        .oauthToken()
        .map(token -> new VeeqoAuthFilter(HttpHeaders.AUTHORIZATION, "Bearer " + token.trim()))
        .orElseGet(() -> new VeeqoAuthFilter(API_KEY_HEADER, config.apiKey().orElseThrow().trim()));
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(headerName, headerValue);
  }

  @Override
  public String toString() {
    return "VeeqoAuthFilter[" + headerName + "]";
  }
}
