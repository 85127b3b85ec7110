package com.commercegraph.provider.veeqo;

import java.time.OffsetDateTime;

/**
 * Filters of {@code GET /products} (products.md); null means "not sent", so Veeqo's defaults apply
 * (page 1, 12 per page).
 *
 * @param warehouseId only products with stock in this warehouse
 */
public record VeeqoProductQuery(
    Long sinceId,
    OffsetDateTime createdAtMin,
    OffsetDateTime updatedAtMin,
    String query,
    Long warehouseId,
    Integer page,
    Integer pageSize) {

  /** Just one page, no filters. */
  public static VeeqoProductQuery page(Integer page, Integer pageSize) {
    return new VeeqoProductQuery(null, null, null, null, null, page, pageSize);
  }
}
