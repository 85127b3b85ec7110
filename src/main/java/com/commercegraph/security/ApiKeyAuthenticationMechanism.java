package com.commercegraph.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Server-to-server callers authenticate with the {@code X-API-Key} header. A request without the
 * header is left to the other mechanism (OIDC bearer tokens); a request with an unknown key fails
 * and is answered 401, whatever else it carries.
 *
 * <p>Being first, this mechanism sends the challenge for both: a 401 names both schemes in {@code
 * WWW-Authenticate} and carries a GraphQL error body ({@code UNAUTHENTICATED}), so that GraphiQL
 * and client libraries show why rather than failing on an empty body.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String HEADER = "X-API-Key";

  /** The two ways in: this header, or an OIDC bearer token. */
  public static final String CHALLENGE = "ApiKey header=\"X-API-Key\", Bearer";

  private static final Logger LOG = Logger.getLogger(ApiKeyAuthenticationMechanism.class);
  private static final String UNAUTHENTICATED_BODY =
      new JsonObject()
          .put(
              "errors",
              new JsonArray()
                  .add(
                      new JsonObject()
                          .put(
                              "message",
                              "Authentication required: send X-API-Key or an OIDC bearer token")
                          .put("extensions", new JsonObject().put("code", "UNAUTHENTICATED"))))
          .encode();

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String key = context.request().getHeader(HEADER);
    if (key == null) {
      return Uni.createFrom().nullItem();
    }
    return identityProviderManager.authenticate(new ApiKeyAuthenticationRequest(key));
  }

  /** Ahead of OIDC, so that a bad key is refused even when a valid token comes with it. */
  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 1000;
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
  }

  @Override
  public Uni<Boolean> sendChallenge(RoutingContext context) {
    sendUnauthorized(context);
    return Uni.createFrom().item(true);
  }

  /**
   * The 401 of every refused caller, whichever way Quarkus refuses it (no credential: this
   * mechanism's challenge; a bad one: an authentication failure the GraphQL route answers).
   */
  public static void sendUnauthorized(RoutingContext context) {
    LOG.warnf("Request refused: HTTP 401 UNAUTHENTICATED (%s)", context.request().path());
    context
        .response()
        .setStatusCode(401)
        .putHeader("WWW-Authenticate", CHALLENGE)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(UNAUTHENTICATED_BODY);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
  }
}
