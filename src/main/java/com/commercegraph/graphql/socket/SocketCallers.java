package com.commercegraph.graphql.socket;

import com.commercegraph.security.Sha256;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/**
 * Who is on a socket: the caller authenticates with the same credentials and mechanisms as over
 * HTTP (an API key, an OIDC bearer token), sent in {@code connection_init}'s payload ({@code
 * {"X-API-Key": "..."}} or {@code {"Authorization": "Bearer ..."}}, since browsers cannot set
 * headers on a WebSocket upgrade) or, failing that, as headers of the upgrade request.
 */
@ApplicationScoped
class SocketCallers {

  static final String API_KEY = "X-API-Key";
  static final String AUTHORIZATION = "Authorization";

  private final HttpAuthenticator authenticator;

  SocketCallers(HttpAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  /**
   * The caller, or null when no credential came at all; a failure when a credential came and was
   * refused.
   *
   * @param upgrade the upgrade request, whose headers stand for the payload's credentials
   * @param credentials the payload's {@code X-API-Key} and {@code Authorization}, by lower-case
   *     name; empty to use the upgrade's own headers
   */
  Uni<Caller> authenticate(RoutingContext upgrade, Map<String, String> credentials) {
    MultiMap headers = upgrade.request().headers();
    if (!credentials.isEmpty()) {
      headers.remove(API_KEY);
      headers.remove(AUTHORIZATION);
      String key = credentials.get(API_KEY.toLowerCase(Locale.ROOT));
      String authorization = credentials.get(AUTHORIZATION.toLowerCase(Locale.ROOT));
      if (key != null) {
        headers.set(API_KEY, key);
      }
      if (authorization != null) {
        headers.set(AUTHORIZATION, authorization);
      }
    }
    String key = headers.get(API_KEY);
    String authorization = headers.get(AUTHORIZATION);
    if (key == null && authorization == null) {
      return Uni.createFrom().nullItem();
    }
    return authenticator
        .attemptAuthentication(upgrade)
        .map(
            identity ->
                identity == null || identity.isAnonymous()
                    ? null
                    : new Caller(identity, callerKey(identity, key)));
  }

  /**
   * Sockets are counted per key, not per identity: every API-key identity has the same principal
   * name. Only a digest of the key is kept.
   */
  private static String callerKey(SecurityIdentity identity, String key) {
    if (key != null) {
      return "key:" + Sha256.hex(key);
    }
    return "principal:" + identity.getPrincipal().getName();
  }

  /** An authenticated caller and the name its sockets are counted under. */
  record Caller(SecurityIdentity identity, String key) {}
}
