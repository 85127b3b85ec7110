package com.commercegraph.graphql;

import java.util.List;
import java.util.Set;

/**
 * Optional list arguments: absent means "any". The schema refuses a null item ({@code [X!]}) before
 * a resolver runs.
 */
final class InputLists {

  private InputLists() {}

  static <T> Set<T> chosen(List<T> items) {
    if (items == null) {
      return Set.of();
    }
    return Set.copyOf(items);
  }

  /**
   * SKU filters. A provider receives them as one list parameter (REC+ {@code codes=a,b}), so a SKU
   * must not carry the separator or control characters: one SKU asked for stays one SKU sent.
   */
  static Set<String> skus(String argument, List<String> skus) {
    Set<String> checked = chosen(skus);
    if (checked.stream().anyMatch(InputLists::unsafeSku)) {
      throw ApiError.badUserInput(
          argument,
          argument + " holds a SKU with a comma or control character, or over 100 characters");
    }
    return checked;
  }

  private static boolean unsafeSku(String sku) {
    return sku.length() > 100 || sku.chars().anyMatch(c -> c == ',' || Character.isISOControl(c));
  }
}
