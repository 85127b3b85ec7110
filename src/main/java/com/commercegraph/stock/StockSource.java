package com.commercegraph.stock;

import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.ProviderBound;
import java.util.Optional;
import java.util.Set;

/** A provider that knows stock levels. */
public interface StockSource extends ProviderBound {

  /** One page of stock levels in the provider's order, only these SKUs where given. */
  ProviderPage<StockLevel> stockLevels(Set<String> skus, String position);

  /**
   * @param nativeId already checked against {@link NativeIds}
   */
  Optional<StockLevel> stockLevel(String nativeId);
}
