package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param fieldErrors the per-field {@code errors}, keyed by ShopWeDo's field name ({@code
 *     shipping_address.zip}, {@code items.0.sku}) in the order sent; empty when there are none
 */
record ShopwedoErrorBody(String code, String message, Map<String, List<String>> fieldErrors) {

  private static final Pattern ERROR_CODE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final ShopwedoErrorBody EMPTY = new ShopwedoErrorBody(null, null, Map.of());

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
    return new ShopwedoErrorBody(
        isCode ? errorText : null, message, fieldErrorMap(root.get("errors")));
  }

  private static Map<String, List<String>> fieldErrorMap(JsonNode errors) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (errors != null && errors.isObject()) {
      for (Map.Entry<String, JsonNode> field : errors.properties()) {
        List<String> texts = new ArrayList<>();
        if (field.getValue().isValueNode()) {
          texts.add(field.getValue().asText());
        } else {
          field.getValue().forEach(element -> texts.add(texts(element)));
        }
        fields.put(field.getKey(), List.copyOf(texts));
      }
    }
    return Collections.unmodifiableMap(fields);
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
