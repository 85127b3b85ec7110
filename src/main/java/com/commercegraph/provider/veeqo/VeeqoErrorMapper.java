package com.commercegraph.provider.veeqo;

import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every Veeqo error status into the {@link ProviderException} of its meaning, keeping what
 * Veeqo said. Veeqo does not document its error body; as a Rails app it answers one of {@code
 * error_messages}, {@code errors}, {@code error} or {@code message}, each a string, a list, or an
 * object of field to messages. Any of them is accepted; an empty or unreadable body leaves the
 * message empty. Veeqo has no error codes of its own, so the provider code stays empty.
 */
final class VeeqoErrorMapper implements ResponseExceptionMapper<ProviderException> {

  private static final List<String> MESSAGE_FIELDS =
      List.of("error_messages", "errors", "error", "message");

  private final ObjectMapper json;

  VeeqoErrorMapper(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public ProviderException toThrowable(Response response) {
    ProviderFailure failure =
        ProviderFailure.status(Provider.VEEQO, response.getStatus(), null, message(response));
    return ProviderErrors.forStatus(failure, response.getHeaderString(HttpHeaders.RETRY_AFTER));
  }

  private String message(Response response) {
    try {
      String body = response.readEntity(String.class);
      return body == null || body.isBlank() ? null : messageOf(json.readTree(body));
    } catch (JsonProcessingException | RuntimeException e) {
      // An HTML error page or a cut-off body: the status alone still says what happened.
      return null;
    }
  }

  private static String messageOf(JsonNode body) {
    if (body == null || !body.isObject()) {
      return null;
    }
    for (String field : MESSAGE_FIELDS) {
      String text = text(body.get(field));
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  /** {@code "x"}, {@code ["x", "y"]}, {@code {"number": ["is taken"]}} as one line of text. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    List<String> parts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(element -> addIfPresent(parts, text(element)));
    } else {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        addIfPresent(parts, prefixed(field.getKey(), text(field.getValue())));
      }
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  // Rails full messages read "number has already been taken"; "base" errors have no field.
  private static String prefixed(String field, String text) {
    return text == null || "base".equals(field) ? text : field + " " + text;
  }

  private static void addIfPresent(List<String> parts, String text) {
    if (text != null && !text.isBlank()) {
      parts.add(text);
    }
  }
}
