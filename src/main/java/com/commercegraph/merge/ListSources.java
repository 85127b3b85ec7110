package com.commercegraph.merge;

import com.commercegraph.registry.Provider;

/** Sources for lists whose providers read any slice in one call. */
public final class ListSources {

  private ListSources() {}

  /** A provider that reads every slice in one call of at most {@code largestCall} items. */
  public static ListSource of(Provider provider, int largestCall) {
    return new ListSource() {
      @Override
      public Provider provider() {
        return provider;
      }

      @Override
      public int largestCall() {
        return largestCall;
      }
    };
  }
}
