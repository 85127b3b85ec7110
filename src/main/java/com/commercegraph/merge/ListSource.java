package com.commercegraph.merge;

import com.commercegraph.registry.Provider;
import java.util.List;

/** One provider's list as a merge reads it. */
public interface ListSource {

  Provider provider();

  /**
   * The provider calls that read {@code slice}: one where the provider can size its pages, several
   * where its pages are smaller than the slice (VeePe's 10), each a slice of its own; they are read
   * at once and joined in order.
   */
  default List<ListSlice> calls(ListSlice slice) {
    return List.of(slice);
  }

  /** The most items one call can return: slices grow up to it when filters drop what comes back. */
  int largestCall();
}
