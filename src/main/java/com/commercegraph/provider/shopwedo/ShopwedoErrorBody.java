package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a ShopWeDo error body says. shopwedo-api.txt shows {@code {"error": "Oops!"}} for 401 and
 * {@code {"order_id": false, "error": "order_invalid_data", "errors": {...per field}}} for a
 * rejected createOrder. An {@code error} that looks like an identifier ({@code order_invalid_data})
 * is ShopWeDo's code; any other text is its message. Per-field {@code errors} are summarised as the
 * message. Empty or unreadable bodies give neither.
 *
 * @param code ShopWeDo's error code, or null
 * @param message ShopWeDo's error text, or null
 */
record ShopwedoErrorBody(String code, String message) {

  private static final Pattern ERROR_CODE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final ShopwedoErrorBody EMPTY = new ShopwedoErrorBody(null, null);

  static ShopwedoErrorBody parse(String body, ObjectMapper json) {
    if (body == null || body.isBlank()) {
      return EMPTY;
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      // An HTML error page or cut-off JSON: the status alone must then say what happened.
      return EMPTY;
    }
    if (root == null || !root.isObject()) {
      return EMPTY;
    }
    JsonNode error = root.get("error");
    String errorText = error != null && error.isTextual() ? error.asText().trim() : null;
    boolean isCode = errorText != null && ERROR_CODE.matcher(errorText).matches();
    String fieldErrors = fieldErrors(root.get("errors"));
    String message = isCode ? fieldErrors : join(errorText, fieldErrors);
    return new ShopwedoErrorBody(isCode ? errorText : null, message);
  }

  private static String fieldErrors(JsonNode errors) {
    if (errors == null || !errors.isObject() || errors.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : errors.properties()) {
      parts.add(field.getKey() + ": " + texts(field.getValue()));
    }
    return String.join("; ", parts);
  }

  private static String texts(JsonNode value) {
    if (value.isValueNode()) {
      return value.asText();
    }
    List<String> texts = new ArrayList<>();
    value.forEach(element -> texts.add(texts(element)));
    return String.join(", ", texts);
  }

  private static String join(String first, String second) {
    if (first == null || first.isEmpty()) {
      return second;
    }
    return second == null ? first : first + " (" + second + ")";
  }
}
