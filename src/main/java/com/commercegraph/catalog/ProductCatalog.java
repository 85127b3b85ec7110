package com.commercegraph.catalog;

import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.ProviderBound;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A provider with a product catalogue. */
public interface ProductCatalog extends ProviderBound {

  /**
   * Products in the provider's order, narrowed where the provider can, as many as the slice asks
   * for where the provider can size its pages, each with its position.
   */
  ProviderPage<Product> products(ProductQuery query, ListSlice slice);

  /** The most products one call returns. */
  int largestProductPage();

  /**
   * The products behind order lines' {@code productRef}s, in as few calls as the provider allows
   * (one, where it can fetch several ids at once); refs it does not know are left out.
   */
  List<Product> productsByRefs(Collection<String> refs);

  /**
   * @param nativeId already checked against {@link NativeIds}
   */
  Optional<Product> product(String nativeId);
}
