package com.commercegraph.order;

import com.commercegraph.registry.Provider;

/**
 * An earlier create with this reference got no answer, and this provider cannot be asked whether it
 * made the order, so sending it again could make a second one. Someone must check the provider for
 * the reference first.
 */
public class OutcomeStillUnknownException extends RuntimeException {

  private final Provider provider;
  private final String reference;

  public OutcomeStillUnknownException(Provider provider, String reference) {
    super(
        "an earlier create of "
            + reference
            + " at "
            + provider
            + " got no answer; check "
            + provider
            + " for it before creating it again",
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
