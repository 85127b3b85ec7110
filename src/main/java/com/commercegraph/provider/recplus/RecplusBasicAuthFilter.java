package com.commercegraph.provider.recplus;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * recplus-api.txt: private data needs "HTTP Basic Auth over HTTPS with the Full API username &amp;
 * password", so every request carries it (no challenge round trip).
 */
final class RecplusBasicAuthFilter implements ClientRequestFilter {

  private final String authorization;

  RecplusBasicAuthFilter(String username, String password) {
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
  }

  @Override
  public String toString() {
    return "RecplusBasicAuthFilter";
  }
}
