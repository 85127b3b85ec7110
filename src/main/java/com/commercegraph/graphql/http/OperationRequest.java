package com.commercegraph.graphql.http;

import io.vertx.core.MultiMap;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;

/**
 * One GraphQL operation as a client sent it, checked for shape: {@code query} and {@code
 * operationName} are strings, {@code variables} and {@code extensions} are maps, each may be null.
 * The document may be absent when the request names a persisted one by hash ({@code
 * extensions.persistedQuery.sha256Hash}, Apollo's protocol) or by {@code documentId}.
 *
 * <p>JSON is read with JSON-P, whose numbers are exact decimals: a variable {@code 12.50} reaches
 * the engine as {@code 12.50}, never through a {@code double}.
 */
record OperationRequest(
    String query,
    String operationName,
    JsonObject variables,
    JsonObject extensions,
    String documentId) {

  /** A request body, or a parameter holding JSON text. */
  static JsonValue parse(String json, String what) {
    try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(json))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw HttpRefusal.badRequest(what + " is not JSON");
    }
  }

  /** The parameters of a POST body (or of one batch entry). */
  static OperationRequest fromJson(JsonValue entry) {
    if (!(entry instanceof JsonObject json)) {
      throw HttpRefusal.badRequest("A GraphQL request is a JSON object");
    }
    return new OperationRequest(
        string(json.get("query"), "query"),
        string(json.get("operationName"), "operationName"),
        map(json.get("variables"), "variables"),
        map(json.get("extensions"), "extensions"),
        string(json.get("documentId"), "documentId"));
  }

  /** The parameters of a GET, each URL-decoded already; variables and extensions are JSON text. */
  static OperationRequest fromQueryParameters(MultiMap parameters) {
    return new OperationRequest(
        parameters.get("query"),
        parameters.get("operationName"),
        jsonParameter(parameters.get("variables"), "variables"),
        jsonParameter(parameters.get("extensions"), "extensions"),
        parameters.get("documentId"));
  }

  /**
   * The persisted document asked for: Apollo's {@code sha256Hash} (version 1 only), else {@code
   * documentId} (with or without the {@code sha256:} prefix); null when the request names none.
   */
  String persistedId() {
    JsonValue persisted = extensions == null ? null : extensions.get("persistedQuery");
    if (persisted instanceof JsonObject query) {
      if (!(query.get("version") instanceof JsonNumber version) || version.intValue() != 1) {
        throw new HttpRefusal(
            400,
            "PERSISTED_QUERY_NOT_SUPPORTED",
            "Only version 1 of extensions.persistedQuery is supported");
      }
      if (!(query.get("sha256Hash") instanceof JsonString hash) || hash.getString().isBlank()) {
        throw HttpRefusal.badRequest("extensions.persistedQuery.sha256Hash must be a string");
      }
      return hash.getString().toLowerCase(Locale.ROOT);
    }
    if (persisted != null && persisted != JsonValue.NULL) {
      throw HttpRefusal.badRequest("extensions.persistedQuery must be a map");
    }
    if (documentId != null) {
      return documentId.startsWith("sha256:") ? documentId.substring(7) : documentId;
    }
    return null;
  }

  /** The request as SmallRye GraphQL takes it, with the document it was resolved to. */
  JsonObject toExecutionInput(String document) {
    JsonObjectBuilder input = JsonP.PROVIDER.createObjectBuilder().add("query", document);
    if (operationName != null) {
      input.add("operationName", operationName);
    }
    if (variables != null) {
      input.add("variables", variables);
    }
    return input.build();
  }

  private static String string(JsonValue value, String name) {
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw HttpRefusal.badRequest(name + " must be a string");
  }

  private static JsonObject map(JsonValue value, String name) {
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonObject map) {
      return map;
    }
    throw HttpRefusal.badRequest(name + " must be a map");
  }

  private static JsonObject jsonParameter(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return map(parse(text, name), name);
  }
}
