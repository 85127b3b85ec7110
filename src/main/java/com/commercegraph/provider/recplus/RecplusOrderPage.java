package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusOrderPage(
    @JsonProperty("orders") List<RecplusOrder> items,
    Integer count,
    @JsonProperty("total_count") Long totalCount,
    RecplusPaging paging)
    implements RecplusListPage<RecplusOrder> {

  public RecplusOrderPage {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
