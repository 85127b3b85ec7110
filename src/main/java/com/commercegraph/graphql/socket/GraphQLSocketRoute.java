package com.commercegraph.graphql.socket;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * GraphQL over WebSocket on {@code /graphql}, ahead of SmallRye GraphQL's own WebSocket route
 * (order -99), which it replaces. That route runs every operation on the Vert.x event loop (its
 * {@code executeAsync} ignores {@code quarkus.smallrye-graphql.nonblocking.enabled}), so one query
 * waiting for a provider stalled every connection of the gateway, and it authenticates {@code
 * connection_init} only through one configured payload field taken as an {@code Authorization}
 * header, without the 4401/4403 closes clients expect. Requests that are not upgrades pass on to
 * the HTTP route ({@code graphql/http}).
 */
@ApplicationScoped
class GraphQLSocketRoute {

  private static final Logger LOG = Logger.getLogger(GraphQLSocketRoute.class);

  /** Before SmallRye's WebSocket route (-99), after the security filters (far lower orders). */
  private static final int ORDER = -100;

  private final SocketServices services;

  GraphQLSocketRoute(
      SocketSettings settings,
      SocketCallers callers,
      CallerConnections connections,
      OperationRunner runner) {
    this.services = new SocketServices(settings, callers, connections, runner);
  }

  void register(@Observes Router router) {
    router.route("/graphql").order(ORDER).handler(this::handle);
  }

  private void handle(RoutingContext ctx) {
    if (!ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
      ctx.next();
      return;
    }
    ctx.request()
        .toWebSocket()
        .onSuccess(
            socket -> {
              SocketProtocol.named(socket.subProtocol())
                  .ifPresentOrElse(
                      protocol -> new SocketConnection(socket, ctx, protocol, services).open(),
                      () -> socket.close((short) 4406, "Subprotocol not acceptable"));
            })
        .onFailure(e -> LOG.debugf("WebSocket upgrade on /graphql failed: %s", e.toString()));
  }
}
