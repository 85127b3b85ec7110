package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of {@code GET /stock}. recplus-api.txt shows no sample; like every other list it is taken
 * to hold its items under the resource name, {@code "stock"}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusStockPage(
    @JsonProperty("stock") List<RecplusStockItem> items,
    Integer count,
    @JsonProperty("total_count") Long totalCount,
    RecplusPaging paging)
    implements RecplusListPage<RecplusStockItem> {

  public RecplusStockPage {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
