package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;

/** A write's provider failure as clients see it: never "failed" when it may have happened. */
final class WriteErrors {

  private WriteErrors() {}

  /**
   * A create with the client's reference: repeating it is safe, since the reference store never
   * sends the same reference twice while its outcome is open.
   */
  static ApiError ofCreate(ProviderException failure, String reference) {
    return failure.outcomeUnknown()
        ? ApiError.outcomeUnknown(
            failure.provider(),
            reference,
            unanswered(failure)
                + "Repeat the same mutation with reference "
                + reference
                + " (it is never sent twice), or ask writeOutcome.")
        : ApiError.of(failure);
  }

  /**
   * A write to something that exists (a transition, a cancel, a link), which nothing stops from
   * being applied twice: the client must look before repeating it.
   *
   * @param id the id of what was written to, for {@code extensions.reference}; null where the write
   *     makes something new without a client reference
   */
  static ApiError of(ProviderException failure, String id) {
    return failure.outcomeUnknown()
        ? ApiError.outcomeUnknown(
            failure.provider(),
            id,
            unanswered(failure)
                + (id == null
                    ? "Check " + failure.provider() + " before repeating the mutation."
                    : "Read " + id + " again before repeating the mutation."))
        : ApiError.of(failure);
  }

  private static String unanswered(ProviderException failure) {
    return failure.provider()
        + " gave no answer that says whether the change was applied ("
        + failure.httpStatus().map(status -> "HTTP " + status).orElse("no answer in time")
        + "). ";
  }
}
