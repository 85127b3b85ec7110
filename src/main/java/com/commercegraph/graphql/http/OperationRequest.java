package com.commercegraph.graphql.http;

import io.vertx.core.MultiMap;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/**
 * One GraphQL operation as a client sent it, checked for shape: {@code query} and {@code
 * operationName} are strings, {@code variables} and {@code extensions} are maps, each may be null.
 * The document may be absent when the request names a persisted one by hash ({@code
 * extensions.persistedQuery.sha256Hash}, Apollo's protocol) or by {@code documentId}.
 */
record OperationRequest(
    String query,
    String operationName,
    JsonObject variables,
    JsonObject extensions,
    String documentId) {

  /** The parameters of a POST body (or of one batch entry). */
  static OperationRequest fromJson(Object entry) {
    if (!(entry instanceof JsonObject json)) {
      throw HttpRefusal.badRequest("A GraphQL request is a JSON object");
    }
    return new OperationRequest(
        string(json.getValue("query"), "query"),
        string(json.getValue("operationName"), "operationName"),
        map(json.getValue("variables"), "variables"),
        map(json.getValue("extensions"), "extensions"),
        string(json.getValue("documentId"), "documentId"));
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
    JsonObject persisted = extensions == null ? null : asMap(extensions.getValue("persistedQuery"));
    if (persisted != null) {
      Object version = persisted.getValue("version");
      if (!(version instanceof Number number) || number.intValue() != 1) {
        throw new HttpRefusal(
            400,
            "PERSISTED_QUERY_NOT_SUPPORTED",
            "Only version 1 of extensions.persistedQuery is supported");
      }
      Object hash = persisted.getValue("sha256Hash");
      if (!(hash instanceof String text) || text.isBlank()) {
        throw HttpRefusal.badRequest("extensions.persistedQuery.sha256Hash must be a string");
      }
      return text.toLowerCase(Locale.ROOT);
    }
    if (documentId != null) {
      return documentId.startsWith("sha256:") ? documentId.substring(7) : documentId;
    }
    return null;
  }

  /** The request as SmallRye GraphQL takes it, with the document it was resolved to. */
  JsonObject toExecutionInput(String document) {
    JsonObject input = new JsonObject().put("query", document);
    if (operationName != null) {
      input.put("operationName", operationName);
    }
    if (variables != null) {
      input.put("variables", variables);
    }
    return input;
  }

  private static String string(Object value, String name) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw HttpRefusal.badRequest(name + " must be a string");
  }

  private static JsonObject map(Object value, String name) {
    if (value == null) {
      return null;
    }
    JsonObject map = asMap(value);
    if (map == null) {
      throw HttpRefusal.badRequest(name + " must be a map");
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private static JsonObject asMap(Object value) {
    if (value instanceof JsonObject json) {
      return json;
    }
    if (value instanceof java.util.Map<?, ?> map) {
      return new JsonObject((java.util.Map<String, Object>) map);
    }
    return null;
  }

  private static JsonObject jsonParameter(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return map(io.vertx.core.json.Json.decodeValue(text), name);
    } catch (DecodeException e) {
      throw HttpRefusal.badRequest(name + " is not JSON");
    }
  }
}
