package com.commercegraph.provider.veepe;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** veepe-api.txt: every API request carries {@code Authorization: Bearer <access_token>}. */
class VeepeBearerFilter implements ClientRequestFilter {

  private final VeepeTokens tokens;

  VeepeBearerFilter(VeepeTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken());
  }
}
