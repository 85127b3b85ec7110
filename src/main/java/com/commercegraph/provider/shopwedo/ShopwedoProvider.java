package com.commercegraph.provider.shopwedo;

import com.commercegraph.catalog.Product;
import com.commercegraph.catalog.ProductQuery;
import com.commercegraph.order.Order;
import com.commercegraph.provider.Capability;
import com.commercegraph.provider.OrderLookup;
import com.commercegraph.provider.ProductCatalog;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderNotFoundException;
import com.commercegraph.provider.ProviderPage;
import com.commercegraph.provider.ProviderPort;
import com.commercegraph.provider.StockSource;
import com.commercegraph.stock.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ShopWeDo behind the gateway's port: its orders, stock and products in the common model. Failures
 * are the {@link ShopwedoClient}'s {@code ProviderException}s.
 */
@ApplicationScoped
public class ShopwedoProvider implements ProviderPort, OrderLookup, ProductCatalog, StockSource {

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.ORDERS_READ,
          Capability.ORDERS_CREATE,
          Capability.ORDERS_CANCEL,
          Capability.PRODUCTS_READ,
          Capability.STOCK_READ);

  private final ShopwedoConfig config;
  private final ShopwedoClient client;
  private final ShopwedoMapper mapper;

  ShopwedoProvider(ShopwedoConfig config, ShopwedoClient client, ShopwedoMapper mapper) {
    this.config = config;
    this.client = client;
    this.mapper = mapper;
  }

  @Override
  public Provider provider() {
    return Provider.SHOPWEDO;
  }

  @Override
  public boolean enabled() {
    return config.enabled();
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public List<String> configurationProblems() {
    return config.problems();
  }

  /** getProducts cannot search: the gateway matches search and SKUs on each page. */
  @Override
  public ProviderPage<Product> products(ProductQuery query, String position) {
    return products(List.of(), position);
  }

  /**
   * ShopWeDo order lines name stock items (SKU ids), not the webshop products getProducts knows, so
   * an order line has no ShopWeDo product to show.
   */
  @Override
  public List<Product> productsByRefs(Collection<String> refs) {
    return List.of();
  }

  @Override
  public Optional<Product> product(String nativeId) {
    return products(List.of(Long.valueOf(nativeId)), null).items().stream().findFirst();
  }

  /**
   * getStock takes one SKU or none: named SKUs cost one call each (the filter is small by nature),
   * everything else is read a page at a time.
   */
  @Override
  public ProviderPage<StockLevel> stockLevels(Set<String> skus, String position) {
    if (skus.isEmpty()) {
      return stock(null, position, ShopwedoClient.MAX_STOCK_LIMIT);
    }
    List<StockLevel> levels =
        skus.stream()
            .filter(sku -> sku.matches("[0-9]{1,18}"))
            .sorted()
            .flatMap(sku -> stock(Long.valueOf(sku), null, 1).items().stream())
            .toList();
    return new ProviderPage<>(levels, null, (long) levels.size());
  }

  @Override
  public Optional<StockLevel> stockLevel(String nativeId) {
    return stock(Long.valueOf(nativeId), null, 1).items().stream().findFirst();
  }

  /** The order with this ShopWeDo id; empty when ShopWeDo says it is not there or not owned. */
  @Override
  public Optional<Order> order(String orderId) {
    try {
      return Optional.of(mapper.order(client.order(orderId)));
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Cancels the order; refused (PROVIDER_REJECTED) once fulfilment has started. */
  public void cancelOrder(String orderId) {
    client.cancelOrder(orderId);
  }

  /**
   * One page of stock levels.
   *
   * @param sku one stock item's id, or null for all
   * @param position a {@link ProviderPage#nextPosition()} from this method, or null for the first
   * @param limit at most {@value ShopwedoClient#MAX_STOCK_LIMIT}; larger values are capped
   */
  public ProviderPage<StockLevel> stock(Long sku, String position, int limit) {
    int offset = position(position);
    int capped = Math.max(1, Math.min(limit, ShopwedoClient.MAX_STOCK_LIMIT));
    return mapper.stockPage(client.stock(sku, capped, offset), offset, capped);
  }

  /**
   * One page of {@value ShopwedoClient#PRODUCT_PAGE_SIZE} products.
   *
   * @param productIds empty for all products
   * @param position a {@link ProviderPage#nextPosition()} from this method, or null for the first
   */
  public ProviderPage<Product> products(List<Long> productIds, String position) {
    int page = position(position);
    return mapper.productPage(client.products(productIds, List.of(), page), page);
  }

  private static int position(String position) {
    if (position == null) {
      return 0;
    }
    try {
      int value = Integer.parseInt(position);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("not a ShopWeDo list position");
  }
}
