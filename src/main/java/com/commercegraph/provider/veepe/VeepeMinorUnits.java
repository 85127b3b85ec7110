package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a VeePe amount in minor units strictly. veepe-api.txt: "Always send amounts in minor units
 * • Floating point values are not allowed". Jackson would coerce {@code 150.5} to {@code 150}
 * silently; here a number with a fraction (or text, or past the range of a long) is an unreadable
 * answer, which the client reports as PROVIDER_BAD_RESPONSE. A whole number written with a zero
 * fraction ({@code 150.0}) is still that whole number.
 */
class VeepeMinorUnits extends JsonDeserializer<Long> {

  @Override
  public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = parser.getDecimalValue();
      try {
        return value.longValueExact();
      } catch (ArithmeticException e) {
        return context.reportInputMismatch(
            Long.class, "VeePe amount %s is not a whole number of minor units", value);
      }
    }
    return context.reportInputMismatch(Long.class, "VeePe amount is not a number");
  }
}
