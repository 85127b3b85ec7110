package com.commercegraph.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulators keep each provider's documents as JSON trees in the provider's own shape, so that
 * what is stored is exactly what is served; these build and read them.
 */
public final class SandboxJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private SandboxJson() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** The text of a field, or null when absent, null or not a value. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
