package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;

/** A write's provider failure as clients see it: never "failed" when it may have happened. */
final class WriteErrors {

  private WriteErrors() {}

  /**
   * @param reference what to look for at the provider when the outcome is unknown; null where the
   *     write has no client reference
   */
  static ApiError of(ProviderException failure, String reference) {
    if (failure.outcomeUnknown()) {
      return ApiError.outcomeUnknown(
          failure.provider(),
          reference,
          failure.provider()
              + " did not answer in time; the change may have been applied. "
              + (reference == null
                  ? "Read the object again before repeating it."
                  : "Repeat the same mutation with reference " + reference + " to find it."));
    }
    return ApiError.of(failure);
  }
}
