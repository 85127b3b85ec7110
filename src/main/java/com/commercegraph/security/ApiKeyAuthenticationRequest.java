package com.commercegraph.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The key a caller sent in {@code X-API-Key}, on its way to {@link ApiKeyIdentityProvider}. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

  private final String key;

  ApiKeyAuthenticationRequest(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }
}
