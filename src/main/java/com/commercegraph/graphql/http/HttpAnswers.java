package com.commercegraph.graphql.http;

import com.commercegraph.graphql.http.GraphQLHttpHandler.Answer;
import com.commercegraph.security.Sha256;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Writes answers the way GraphQL over HTTP has it: {@code application/graphql-response+json}
 * answers a request that never ran (refused, unparsable, invalid) with 400 and 200 otherwise;
 * {@code application/json} answers 200 to every well-formed request. An unknown persisted hash is
 * 200 whatever the media type, as Apollo's clients expect. GET answers without errors carry {@code
 * Cache-Control: private, max-age} and an ETag, and a matching {@code If-None-Match} gets 304.
 */
@ApplicationScoped
class HttpAnswers {

  private static final Logger LOG = Logger.getLogger(HttpAnswers.class);
  private static final String NO_STORE = "no-store";

  private final AnswerFreshness freshness;
  private final HttpSettings settings;

  HttpAnswers(AnswerFreshness freshness, HttpSettings settings) {
    this.freshness = freshness;
    this.settings = settings;
  }

  void sendPost(RoutingContext ctx, ResponseFormat format, Answer answer) {
    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
    send(ctx, format, status(format, answer), Buffer.buffer(answer.body()));
  }

  void sendBatch(RoutingContext ctx, ResponseFormat format, String results) {
    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
    send(ctx, format, 200, Buffer.buffer(results));
  }

  void sendGet(RoutingContext ctx, ResponseFormat format, Answer answer) {
    int status = status(format, answer);
    Buffer body = Buffer.buffer(answer.body());
    HttpServerResponse response = ctx.response();
    response.putHeader(HttpHeaders.VARY, "Accept, Accept-Encoding, Authorization, X-API-Key");
    if (status != 200 || answer.hasErrors()) {
      response.putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
      send(ctx, format, status, body);
      return;
    }
    String etag = etag(body);
    response
        .putHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=" + freshness.maxAge().toSeconds())
        .putHeader(HttpHeaders.ETAG, etag);
    if (matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
      response.putHeader(HttpHeaders.CONTENT_TYPE, format.contentType()).setStatusCode(304).end();
      return;
    }
    send(ctx, format, 200, body);
  }

  void refuse(RoutingContext ctx, ResponseFormat format, HttpRefusal refusal) {
    LOG.warnf(
        "GraphQL request refused: HTTP %d %s (%s)",
        refusal.status(), refusal.code(), refusal.getMessage());
    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
    send(ctx, format, refusal.status(), refusal.body().toBuffer());
  }

  private static int status(ResponseFormat format, Answer answer) {
    if ("PERSISTED_QUERY_NOT_FOUND".equals(answer.code())) {
      return 200;
    }
    return format == ResponseFormat.GRAPHQL_RESPONSE_JSON && answer.requestError() ? 400 : 200;
  }

  private void send(RoutingContext ctx, ResponseFormat format, int status, Buffer body) {
    HttpServerResponse response = ctx.response();
    response.putHeader(HttpHeaders.CONTENT_TYPE, format.contentType()).setStatusCode(status);
    if (body.length() < settings.compressionMinBytes()) {
      // Quarkus compresses responses unless told otherwise; small ones are not worth it.
      response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
    } else {
      ctx.addHeadersEndHandler(v -> compressible(response));
    }
    response.end(body);
  }

  /** Lets Vert.x compress this answer (Quarkus marks responses {@code identity} by default). */
  private static void compressible(HttpServerResponse response) {
    String encoding = response.headers().get(HttpHeaders.CONTENT_ENCODING);
    if (encoding != null && HttpHeaders.IDENTITY.toString().equalsIgnoreCase(encoding)) {
      response.headers().remove(HttpHeaders.CONTENT_ENCODING);
    }
  }

  private static String etag(Buffer body) {
    return "\""
        + Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(body.getBytes()))
        + "\"";
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::trim)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
  }
}
