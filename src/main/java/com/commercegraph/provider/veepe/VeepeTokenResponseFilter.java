package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.Redaction;
import com.commercegraph.registry.Provider;
import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcResponseFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Turns a failed VeePe token response into the gateway's exception before the OIDC client does: the
 * OIDC client reports every failure as an {@code OidcClientException} without the status, which
 * would hide whether VeePe refused the credentials (401) or was down (5xx). A 200 without an {@code
 * access_token} is a bad response.
 */
// Looked up by the OIDC client at run time, never injected: keep ArC from removing it.
@Unremovable
@ApplicationScoped
@OidcEndpoint(OidcEndpoint.Type.TOKEN)
public class VeepeTokenResponseFilter implements OidcResponseFilter {

  /**
   * Throws rather than answering a failed Uni, as the OIDC client's own default bridge from this
   * method to the synchronous one did: the caller sees the gateway's exception either way.
   */
  @Override
  public Uni<Void> filter(OidcResponseFilterContext rc) {
    if (!VeepeTokens.isVeepeClient(rc.requestProperties())) {
      return Uni.createFrom().voidItem();
    }
    String body = rc.responseBody() == null ? null : rc.responseBody().toString();
    if (rc.statusCode() != 200) {
      throw VeepeErrorResponses.exceptionFor(
          rc.statusCode(), body, rc.responseHeaders().get(HttpHeaders.RETRY_AFTER));
    }
    String token = accessToken(body);
    if (token == null) {
      throw new ProviderBadResponseException(
          new ProviderFailure(
              Provider.VEEPE, 200, null, "token response without access_token", false));
    }
    // VeePe might quote the bearer token back in a later error body.
    Redaction.registerToken(token);
    return Uni.createFrom().voidItem();
  }

  private static String accessToken(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      Object token = new JsonObject(body).getValue("access_token");
      return token instanceof String text && !text.isBlank() ? text : null;
    } catch (DecodeException e) {
      return null;
    }
  }
}
