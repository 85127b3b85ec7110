package com.commercegraph.resilience;

import com.commercegraph.registry.Provider;

/**
 * Told of every write {@link ProviderCalls} sends, while it runs: what the gateway keeps of a
 * provider's answers (caches, calls in flight) must not outlive a write that may have changed them.
 */
public interface ProviderWriteObserver {

  /** A write at the provider is about to be sent. */
  void begin(Provider provider);

  /** That write has ended: answered, failed, or given up, whatever the caller knows of it. */
  void end(Provider provider);
}
