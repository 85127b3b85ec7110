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
}
