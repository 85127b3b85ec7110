package com.commercegraph.provider.veepe;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcRequestFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites the OIDC client's form-encoded client-credentials request into the JSON body VeePe's
 * {@code POST /v1/token} takes (veepe-api.txt: Content-Type must be application/json, fields {@code
 * grantType}, {@code clientId}, {@code clientSecret}), with VeePe's timeouts. Every OIDC client
 * passes through here; only VeePe's is touched.
 */
// Looked up by the OIDC client at run time, never injected: keep ArC from removing it.
@Unremovable
@ApplicationScoped
@OidcEndpoint(OidcEndpoint.Type.TOKEN)
public class VeepeTokenRequestFilter implements OidcRequestFilter {

  private final VeepeTokens tokens;

  VeepeTokenRequestFilter(VeepeTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Uni<Void> filter(OidcRequestFilterContext rc) {
    if (!VeepeTokens.isVeepeClient(rc.contextProperties())) {
      return Uni.createFrom().voidItem();
    }
    // VeePe's read timeout, which the OIDC client has no setting for: a token endpoint that
    // answers nothing for that long fails the call as PROVIDER_TIMEOUT, as any VeePe call would.
    rc.request().idleTimeout(tokens.readTimeout().toMillis());
    rc.request().connectTimeout(tokens.connectTimeout().toMillis());
    Map<String, String> form = decodeForm(rc.requestBody().toString(StandardCharsets.UTF_8));
    JsonObject json =
        new JsonObject()
            .put("grantType", form.get("grant_type"))
            .put("clientId", form.get("client_id"))
            .put("clientSecret", form.get("client_secret"));
    rc.request().putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    rc.requestBody(Buffer.newInstance(json.toBuffer()));
    return Uni.createFrom().voidItem();
  }

  private static Map<String, String> decodeForm(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }
}
