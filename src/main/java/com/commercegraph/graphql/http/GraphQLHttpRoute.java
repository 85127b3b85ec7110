package com.commercegraph.graphql.http;

import com.commercegraph.graphql.limits.QueryLimits;
import com.commercegraph.graphql.persisted.PersistedDocuments;
import com.commercegraph.security.ApiKeyAuthenticationMechanism;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Puts {@link GraphQLHttpHandler} on {@code /graphql}, ahead of SmallRye GraphQL's own route.
 *
 * <p>Why a route of its own rather than a filter in front of SmallRye's handler: a filter can
 * change a request, not the answer SmallRye writes (its status codes, media types, error
 * extensions), and persisted queries, batches, GET caching and a pre-parse check all need both. The
 * route sits after Quarkus's authentication and authorization filters (which order themselves
 * before any route) and after SmallRye's WebSocket route (order -99), so the WebSocket upgrade on
 * the same path is untouched; SmallRye's HTTP route stays registered behind it and is never
 * reached.
 *
 * <p>It also answers the security refusals on this path as GraphQL error JSON: 401 {@code
 * UNAUTHENTICATED} with {@code WWW-Authenticate} naming both schemes (the same answer the API-key
 * mechanism gives as its challenge when no credential came), 403 {@code FORBIDDEN}.
 */
@ApplicationScoped
class GraphQLHttpRoute {

  private static final Logger LOG = Logger.getLogger(GraphQLHttpRoute.class);

  /** After the security filters (negative orders) and SmallRye's WebSocket route (-99). */
  private static final int ORDER = 0;

  private final GraphQLHttpHandler handler;
  private final long maxBodyBytes;

  GraphQLHttpRoute(
      Instance<CurrentIdentityAssociation> identity,
      CurrentVertxRequest request,
      PersistedDocuments documents,
      QueryLimits limits,
      ParsedDocuments parsedDocuments,
      HttpSettings settings,
      HttpAnswers answers,
      OperationTelemetry telemetry,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
    this.handler =
        new GraphQLHttpHandler(
            identity.isResolvable() ? identity.get() : null,
            request,
            documents,
            limits,
            parsedDocuments,
            settings,
            answers,
            telemetry);
    this.maxBodyBytes = maxBody.asLongValue();
  }

  void register(@Observes Router router) {
    router
        .route("/graphql")
        .order(ORDER)
        .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
        .blockingHandler(handler, false);
    router.route("/graphql").order(Integer.MIN_VALUE).failureHandler(GraphQLHttpRoute::refusal);
    router.route("/graphql/*").order(Integer.MIN_VALUE).failureHandler(GraphQLHttpRoute::refusal);
  }

  /** 401 and 403 on these paths as GraphQL error JSON. */
  private static void refusal(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof AuthenticationFailedException
        || failure instanceof UnauthorizedException) {
      ApiKeyAuthenticationMechanism.sendUnauthorized(ctx);
    } else if (failure instanceof ForbiddenException) {
      LOG.warnf("GraphQL request refused: HTTP 403 FORBIDDEN (%s)", ctx.request().path());
      ctx.response()
          .setStatusCode(403)
          .putHeader(HttpHeaders.CONTENT_TYPE, ResponseFormat.JSON.contentType())
          .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
          .end(HttpRefusal.errorBody("Not allowed", "FORBIDDEN").toBuffer());
    } else {
      ctx.next();
    }
  }
}
