package com.commercegraph.provider.recplus;

import java.util.List;

/**
 * Filters of {@code GET /products}; null (or empty) filters are not sent.
 *
 * @param q text search over id, code, name and desc
 * @param ids product ids, sent comma separated
 * @param status draft, live, featured, special_offer, upcoming or deleted
 * @param fields {@code *} for full data on each item, null for REC+'s basic data
 */
public record RecplusProductQuery(String q, List<String> ids, String status, String fields) {

  public RecplusProductQuery {
    ids = ids == null ? List.of() : List.copyOf(ids);
  }

  /** Full data of the products with these ids. */
  public static RecplusProductQuery byIds(List<String> ids) {
    return new RecplusProductQuery(null, ids, null, RecplusRestClient.ALL_FIELDS);
  }

  String idsParam() {
    return ids.isEmpty() ? null : String.join(",", ids);
  }
}
