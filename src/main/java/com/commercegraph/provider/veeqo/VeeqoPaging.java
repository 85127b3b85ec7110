package com.commercegraph.provider.veeqo;

import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Reads a Veeqo list response and its paging headers into a {@link VeeqoPage}. */
final class VeeqoPaging {

  // orders.md and products.md: page and page_size default to 1 and 12.
  private static final int DEFAULT_PAGE = 1;
  private static final int DEFAULT_PAGE_SIZE = 12;

  private VeeqoPaging() {}

  /** The page, or null when Veeqo sent no body. Missing or unreadable headers count as absent. */
  static <T> VeeqoPage<T> read(RestResponse<List<T>> response, Integer page, Integer pageSize) {
    List<T> items = response.getEntity();
    if (items == null) {
      return null;
    }
    Long pageIndex = header(response, "X-Page-Index");
    Long perPage = header(response, "X-Per-Page");
    Long totalPages = header(response, "X-Total-Pages-Count");
    return new VeeqoPage<>(
        items,
        pageIndex != null ? pageIndex.intValue() : page != null ? page : DEFAULT_PAGE,
        perPage != null && perPage > 0
            ? perPage.intValue()
            : pageSize != null ? pageSize : DEFAULT_PAGE_SIZE,
        header(response, "X-Total-Count"),
        totalPages == null ? null : totalPages.intValue());
  }

  private static Long header(RestResponse<?> response, String name) {
    String value = response.getHeaderString(name);
    if (value == null || !value.trim().matches("[0-9]{1,9}")) {
      return null;
    }
    return Long.valueOf(value.trim());
  }
}
