package com.commercegraph.graphql;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/** Canonical texts of list filters, for cursor fingerprints: the same filter, the same text. */
final class Questions {

  private Questions() {}

  static String sorted(Collection<?> values) {
    return values.stream().map(Objects::toString).sorted().collect(Collectors.joining(","));
  }
}
