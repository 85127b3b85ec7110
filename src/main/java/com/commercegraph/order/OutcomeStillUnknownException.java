package com.commercegraph.order;

import com.commercegraph.registry.Provider;

/**
 * An earlier create with this reference is unsettled: still being sent (PENDING past this request's
 * deadline), or sent without an answer that says whether the provider made the order (UNKNOWN),
 * where the provider cannot be asked. Sending it again could make a second order, so it is not
 * sent; the same mutation later, or {@code writeOutcome}, tells once it is known.
 */
public class OutcomeStillUnknownException extends RuntimeException {

  private final Provider provider;
  private final String reference;

  public OutcomeStillUnknownException(Provider provider, String reference, boolean pending) {
    super(
        pending
            ? "an earlier create of "
                + reference
                + " at "
                + provider
                + " is still waiting for "
                + provider
                + "'s answer; nothing was sent again. Repeat the same mutation, or ask"
                + " writeOutcome, to get the order once it is known"
            : "an earlier create of "
                + reference
                + " at "
                + provider
                + " got no answer that says whether the order was made; nothing was sent again."
                + " Check "
                + provider
                + " for it and record what you find with resolveWrite",
        null,
        false,
        false);
    this.provider = provider;
    this.reference = reference;
  }

  public Provider provider() {
    return provider;
  }

  public String reference() {
    return reference;
  }
}
