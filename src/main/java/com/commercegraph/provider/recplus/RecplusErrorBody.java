package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** recplus-api.txt: {@code {"errors": [{"status": 404, "message": "Product not found"}]}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusErrorBody(List<Entry> errors) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entry(Integer status, String message) {}
}
