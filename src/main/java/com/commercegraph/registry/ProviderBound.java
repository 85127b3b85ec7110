package com.commercegraph.registry;

import java.util.Optional;

/** Something that belongs to one provider, such as a port an adapter implements for it. */
public interface ProviderBound {

  Provider provider();

  /** The one of {@code candidates} that belongs to {@code provider}, if there is one. */
  static <T extends ProviderBound> Optional<T> of(Iterable<T> candidates, Provider provider) {
    for (T candidate : candidates) {
      if (candidate.provider() == provider) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
