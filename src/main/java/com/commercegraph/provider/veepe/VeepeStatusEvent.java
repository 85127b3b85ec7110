package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of a VeePe order's {@code orderStatusEvents}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeStatusEvent(String eventName, Payload payload) {

  /**
   * @param createdAt ISO-8601 text, kept as text so that the mapper decides about missing offsets
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Payload(String createdAt, String orderStatus, String orderStatusComment) {}
}
