package com.commercegraph.stock;

import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.ProviderBound;
import java.util.Optional;
import java.util.Set;

/** A provider that knows stock levels. */
public interface StockSource extends ProviderBound {

  /**
   * Stock levels in the provider's order, only these SKUs where given, about as many as the slice
   * asks for where the provider can size its pages, each with its position.
   */
  ProviderPage<StockLevel> stockLevels(Set<String> skus, ListSlice slice);

  /** The most levels one call returns. */
  int largestStockPage();

  /**
   * Calls a first slice of {@code count} levels of these SKUs (empty: all) costs; {@link
   * Integer#MAX_VALUE} where it cannot tell (the list walk's own cap then bounds it).
   */
  default int callsToList(int count, Set<String> skus) {
    return (count + largestStockPage() - 1) / largestStockPage();
  }

  /**
   * @param nativeId already checked against {@link NativeIds}
   */
  Optional<StockLevel> stockLevel(String nativeId);
}
