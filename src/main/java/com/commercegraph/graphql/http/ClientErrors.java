package com.commercegraph.graphql.http;

import com.commercegraph.graphql.ApiError;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every error a client receives: {@code extensions} hold {@code code} and, where they apply, {@code
 * provider}, {@code field} and {@code reference}, nothing that names an implementation (SmallRye's
 * and graphql-java's {@code classification}, validation internals); an error without a code gets
 * one. Expected refusals (a role, a limit, bad input, a provider failing) are logged as one WARN
 * line without a stack trace; an exception nobody expected is logged at ERROR with its stack and
 * reaches the client as {@code INTERNAL_ERROR} without its message, with a correlation id that the
 * ERROR line carries too.
 */
public final class ClientErrors {

  private static final Logger LOG = Logger.getLogger(ClientErrors.class);
  private static final Set<String> KEPT =
      Set.of("code", "provider", "field", "reference", "correlationId");
  public static final String INTERNAL = ApiError.INTERNAL_ERROR;

  private ClientErrors() {}

  /**
   * The response as clients see it, with its errors cleaned. {@code data} is passed through as
   * SmallRye wrote it: its numbers keep their exact scale ({@code 20.00} stays {@code 20.00}).
   *
   * @param raw the response SmallRye GraphQL wrote
   * @param errors the same errors as graphql-java raised them, in the same order
   * @return the response as JSON text
   */
  public static String shape(jakarta.json.JsonObject raw, List<GraphQLError> errors) {
    jakarta.json.JsonArray rawErrors = raw.getJsonArray("errors");
    if (rawErrors == null) {
      return raw.toString();
    }
    JsonArray shaped = new JsonArray();
    for (int i = 0; i < rawErrors.size(); i++) {
      GraphQLError source = i < errors.size() ? errors.get(i) : null;
      shaped.add(shapeOne(new JsonObject(rawErrors.getJsonObject(i).toString()), source));
    }
    try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(shaped.encode()))) {
      return JsonP.PROVIDER
          .createObjectBuilder(raw)
          .add("errors", reader.readArray())
          .build()
          .toString();
    }
  }

  private static JsonObject shapeOne(JsonObject error, GraphQLError source) {
    JsonObject shaped = new JsonObject().put("message", error.getString("message"));
    if (error.containsKey("locations")) {
      shaped.put("locations", error.getValue("locations"));
    }
    if (error.containsKey("path")) {
      shaped.put("path", error.getValue("path"));
    }
    JsonObject extensions = new JsonObject();
    JsonObject rawExtensions = error.getJsonObject("extensions");
    if (rawExtensions != null) {
      rawExtensions.forEach(
          entry -> {
            if (KEPT.contains(entry.getKey())) {
              extensions.put(entry.getKey(), entry.getValue());
            }
          });
    }
    Throwable unexpected = unexpected(source);
    if (unexpected != null) {
      String correlationId = UUID.randomUUID().toString();
      shaped.put("message", "Internal error of the gateway (correlation id " + correlationId + ")");
      extensions.put("code", INTERNAL);
      extensions.put("correlationId", correlationId);
      LOG.errorf(
          unexpected,
          "Internal error [correlation id %s] in GraphQL field %s",
          correlationId,
          error.getValue("path"));
    } else {
      Object code = extensions.getValue("code");
      if (!(code instanceof String text) || !text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
        extensions.put("code", INTERNAL);
      }
      LOG.warnf(
          "GraphQL refused%s: %s%s (%s)",
          error.containsKey("path") ? " " + error.getValue("path") : "",
          extensions.getString("code"),
          extensions.containsKey("provider") ? " " + extensions.getString("provider") : "",
          shaped.getString("message"));
    }
    shaped.put("extensions", extensions);
    return shaped;
  }

  /** The exception behind an error when it is not one the gateway raises on purpose. */
  private static Throwable unexpected(GraphQLError source) {
    if (!(source instanceof ExceptionWhileDataFetching fetching)) {
      return null;
    }
    Throwable cause = fetching.getException();
    boolean expected =
        cause instanceof GraphQLError
            || cause instanceof ForbiddenException
            || cause instanceof UnauthorizedException
            || cause instanceof AuthenticationFailedException
            || cause instanceof CoercingParseLiteralException
            || cause instanceof CoercingParseValueException;
    return expected ? null : cause;
  }
}
