package com.commercegraph.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may reach {@code /graphql}: an authenticated caller; a request without credentials is
 * answered 401. A WebSocket upgrade passes without them, because a browser cannot set headers on
 * one: the socket authenticates its caller in {@code connection_init} and closes with 4401 or 4403
 * before running anything for a caller it does not know ({@code graphql/socket}).
 */
@ApplicationScoped
public class GraphQLCallerPolicy implements HttpSecurityPolicy {

  /** The name {@code quarkus.http.auth.permission.graphql.policy} refers to. */
  public static final String NAME = "graphql-caller";

  private static final String SOCKET_PATH = "/graphql";

  @Override
  public Uni<CheckResult> checkPermission(
      RoutingContext request,
      Uni<SecurityIdentity> identity,
      AuthorizationRequestContext requestContext) {
    if (SOCKET_PATH.equals(request.normalizedPath())
        && request.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
      return CheckResult.permit();
    }
    return identity.map(caller -> caller.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
  }

  @Override
  public String name() {
    return NAME;
  }
}
