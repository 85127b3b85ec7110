package com.commercegraph.provider.shopwedo;

import com.commercegraph.catalog.Product;
import com.commercegraph.order.Order;
import com.commercegraph.provider.Capability;
import com.commercegraph.provider.OrderLookup;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderNotFoundException;
import com.commercegraph.provider.ProviderPage;
import com.commercegraph.provider.ProviderPort;
import com.commercegraph.stock.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ShopWeDo behind the gateway's port: its orders, stock and products in the common model. Failures
 * are the {@link ShopwedoClient}'s {@code ProviderException}s.
 */
@ApplicationScoped
public class ShopwedoProvider implements ProviderPort, OrderLookup {

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
