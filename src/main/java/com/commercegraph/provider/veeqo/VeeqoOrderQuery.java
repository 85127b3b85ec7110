package com.commercegraph.provider.veeqo;

import java.time.OffsetDateTime;

/**
 * Filters of {@code GET /orders} (orders.md); null means "not sent", so Veeqo's defaults apply
 * (page 1, 12 per page).
 *
 * @param status one of Veeqo's statuses, e.g. {@code awaiting_fulfillment}
 * @param tags a tag name
 */
public record VeeqoOrderQuery(
    Long sinceId,
    OffsetDateTime createdAtMin,
    OffsetDateTime updatedAtMin,
    String status,
    String query,
    String tags,
    Integer page,
    Integer pageSize) {

  /** Just one page, no filters. */
  public static VeeqoOrderQuery page(Integer page, Integer pageSize) {
    return new VeeqoOrderQuery(null, null, null, null, null, null, page, pageSize);
  }
}
