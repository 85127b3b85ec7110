package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads {@link ShopwedoTimestamp} from text, a PHP DateTime object, or {@code false} (absent). */
class ShopwedoTimestampDeserializer extends StdDeserializer<ShopwedoTimestamp> {

  ShopwedoTimestampDeserializer() {
    super(ShopwedoTimestamp.class);
  }

  @Override
  public ShopwedoTimestamp deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_FALSE) {
      return null;
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText().trim();
      return text.isEmpty() ? null : new ShopwedoTimestamp(text, null);
    }
    if (token == JsonToken.START_OBJECT) {
      JsonNode object = parser.readValueAsTree();
      JsonNode date = object.get("date");
      if (date != null && date.isTextual()) {
        JsonNode zone = object.get("timezone");
        return new ShopwedoTimestamp(
            date.asText().trim(), zone != null && zone.isTextual() ? zone.asText() : null);
      }
    }
    return (ShopwedoTimestamp) context.handleUnexpectedToken(ShopwedoTimestamp.class, parser);
  }
}
