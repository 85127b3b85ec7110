package com.commercegraph.graphql;

import com.commercegraph.resilience.RequestLimits;

/** The {@code first} argument of every list: a default when absent, an error past the maximum. */
final class PageSizes {

  private final RequestLimits limits;

  PageSizes(RequestLimits limits) {
    this.limits = limits;
  }

  int resolve(Integer first) {
    if (first == null) {
      return limits.defaultPageSize();
    }
    if (first < 1 || first > limits.maxPageSize()) {
      throw ApiError.badUserInput("first", "first must be between 1 and " + limits.maxPageSize());
    }
    return first;
  }
}
