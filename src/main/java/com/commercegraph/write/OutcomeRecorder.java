package com.commercegraph.write;

import com.commercegraph.failure.ProviderException;

/**
 * Told how a write ended, by {@link WritePath}, once and whenever it ends: within the request's
 * deadline, or later, when the provider's answer arrives after the gateway stopped waiting. Its
 * methods run on the provider's thread and must not throw.
 */
public interface OutcomeRecorder<T> {

  /** The provider applied the write and answered {@code value}. */
  void applied(T value);

  /** The provider's answer proves the write was not applied, or it was never sent. */
  void notApplied(ProviderException refusal);

  /** The write may or may not have been applied, and no answer says which. */
  void unknown(ProviderException failure);
}
