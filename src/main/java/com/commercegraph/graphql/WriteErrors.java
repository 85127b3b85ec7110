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
              + " gave no answer that says whether the change was applied ("
              + failure.httpStatus().map(status -> "HTTP " + status).orElse("no answer in time")
              + "). "
              + (reference == null
                  ? "Read the object again before repeating it."
                  : "Repeat the same mutation with reference "
                      + reference
                      + " (it is never sent twice), or ask writeOutcome."));
    }
    return ApiError.of(failure);
  }
}
