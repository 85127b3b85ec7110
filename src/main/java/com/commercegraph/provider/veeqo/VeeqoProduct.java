package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A Veeqo product with its variants (responses/products/show.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeeqoProduct(
    long id,
    String title,
    String description,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt,
    List<VeeqoSellable> sellables) {

  public VeeqoProduct {
    sellables = sellables == null ? List.of() : List.copyOf(sellables);
  }
}
