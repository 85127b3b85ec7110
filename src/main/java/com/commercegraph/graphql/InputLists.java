package com.commercegraph.graphql;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Optional list arguments: absent means "any"; a null item is the client's mistake. */
final class InputLists {

  private InputLists() {}

  static <T> Set<T> nonNull(String argument, List<T> items) {
    if (items == null) {
      return Set.of();
    }
    if (items.stream().anyMatch(Objects::isNull)) {
      throw ApiError.badUserInput(argument + " must not contain null");
    }
    return Set.copyOf(items);
  }

  /**
   * SKU filters. A provider receives them as one list parameter (REC+ {@code codes=a,b}), so a SKU
   * must not carry the separator or control characters: one SKU asked for stays one SKU sent.
   */
  static Set<String> skus(String argument, List<String> skus) {
    Set<String> checked = nonNull(argument, skus);
    if (checked.stream().anyMatch(InputLists::unsafeSku)) {
      throw ApiError.badUserInput(
          argument + " holds a SKU with a comma or control character, or over 100 characters");
    }
    return checked;
  }

  private static boolean unsafeSku(String sku) {
    return sku.length() > 100 || sku.chars().anyMatch(c -> c == ',' || Character.isISOControl(c));
  }
}
