package com.commercegraph.provider.recplus;

import com.commercegraph.catalog.Product;
import com.commercegraph.catalog.ProductCatalog;
import com.commercegraph.catalog.ProductQuery;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderListQuery;
import com.commercegraph.order.OrderListing;
import com.commercegraph.order.OrderLookup;
import com.commercegraph.order.OrderStatusTexts;
import com.commercegraph.registry.Capability;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderPort;
import com.commercegraph.stock.StockLevel;
import com.commercegraph.stock.StockSetting;
import com.commercegraph.stock.StockSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * REC+ behind the gateway's port: the common-model view of {@link RecplusClient}. Positions are
 * REC+ offsets as decimal strings (null for the first page); limits are clamped to REC+'s 1 to
 * 1000. Failures are the client's {@link com.commercegraph.failure.ProviderException}s, except that
 * a lookup by id or code answers empty for a 404.
 */
@ApplicationScoped
public class RecplusProvider
    implements ProviderPort,
        OrderLookup,
        OrderListing,
        OrderStatusTexts,
        ProductCatalog,
        StockSource,
        StockSetting {

  /** Orders per provider call when walking the merged list; REC+ allows up to 1000. */
  private static final int ORDER_PAGE = 50;

  /** Products or stock codes per call when listing. */
  private static final int CATALOG_PAGE = 100;

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.ORDERS_LIST,
          Capability.ORDERS_READ,
          Capability.ORDERS_SET_STATUS_TEXT,
          Capability.PRODUCTS_READ,
          Capability.STOCK_READ,
          Capability.STOCK_WRITE);

  private final RecplusConfig config;
  private final RecplusClient client;
  private final RecplusMapper mapper;

  RecplusProvider(RecplusConfig config, RecplusClient client, RecplusMapper mapper) {
    this.config = config;
    this.client = client;
    this.mapper = mapper;
  }

  @Override
  public Provider provider() {
    return Provider.RECPLUS;
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

  /**
   * recplus-api.txt documents no sort order for /orders; REC+ lists them oldest first (ascending
   * ids, the order its since_timestamp sync relies on), so the newest page is read from the end. A
   * position is the offset where the next, older block ends: offsets from the start stay put as new
   * orders are appended, so a position stays valid while the shop takes orders. Only orders placed
   * since the query's {@code createdFrom} are asked for (REC+ cannot filter by update time).
   */
  @Override
  public ProviderPage<Order> newestOrders(OrderListQuery query, String position) {
    Instant placedSince = query.createdFrom() == null ? null : query.createdFrom().toInstant();
    long end;
    Long total = null;
    if (position == null) {
      RecplusOrderPage first = client.orders(ORDER_PAGE, 0, placedSince);
      total = first.totalCount();
      if (total == null || total <= first.items().size()) {
        return newestFirst(first, 0, total);
      }
      end = total;
    } else {
      end = offset(position);
    }
    long start = Math.max(0, end - ORDER_PAGE);
    if (end <= start) {
      return new ProviderPage<>(List.of(), null, total);
    }
    return newestFirst(client.orders((int) (end - start), start, placedSince), start, total);
  }

  private ProviderPage<Order> newestFirst(RecplusOrderPage page, long start, Long total) {
    List<Order> orders = new ArrayList<>(page.items().stream().map(mapper::order).toList());
    Collections.reverse(orders);
    return new ProviderPage<>(orders, start > 0 ? String.valueOf(start) : null, total);
  }

  @Override
  public Optional<Order> order(String id) {
    return unlessNotFound(() -> client.order(id)).map(mapper::order);
  }

  /**
   * REC+'s own dry run of the change (recplus-api.txt: {@code diffOnly=true} "show only changes
   * that would be made without applying them live"), as JSON text.
   */
  @Override
  public String previewStatusText(String id, String statusText) {
    return client.previewOrderUpdate(id, RecplusOrderUpdate.status(statusText));
  }

  /**
   * Sets the order's status text; it must be one of the site's own texts (Admin &gt; Order
   * Statuses), which REC+ checks.
   */
  @Override
  public void setStatusText(String id, String statusText) {
    client.updateOrder(id, RecplusOrderUpdate.status(statusText));
  }

  /**
   * Full product data (description, stock), so that list items and single lookups map alike.
   *
   * @param search REC+'s text search over id, code, name and description; null for all
   */
  public ProviderPage<Product> products(String search, String position, int limit) {
    long offset = offset(position);
    int size = clamp(limit);
    RecplusProductQuery query =
        new RecplusProductQuery(search, List.of(), null, RecplusRestClient.ALL_FIELDS);
    return mapper.page(client.products(query, size, offset), offset, size, mapper::product);
  }

  /** The products with these REC+ ids (an order line's productRef), in one call. */
  public List<Product> productsByIds(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() > RecplusClient.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "REC+ returns at most " + RecplusClient.MAX_LIMIT + " products per call");
    }
    return client.products(RecplusProductQuery.byIds(ids), ids.size(), 0).items().stream()
        .map(mapper::product)
        .toList();
  }

  /** REC+ searches with {@code q}; SKUs are matched by the gateway. */
  @Override
  public ProviderPage<Product> products(ProductQuery query, String position) {
    return products(query.search(), position, CATALOG_PAGE);
  }

  /** One call per thousand ids: REC+ lists products by a comma-separated {@code ids} filter. */
  @Override
  public List<Product> productsByRefs(Collection<String> refs) {
    List<String> ids = refs.stream().distinct().toList();
    List<Product> products = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += RecplusClient.MAX_LIMIT) {
      products.addAll(
          productsByIds(ids.subList(from, Math.min(ids.size(), from + RecplusClient.MAX_LIMIT))));
    }
    return products;
  }

  /** REC+ filters {@code /stock} by a comma-separated {@code codes} list. */
  @Override
  public ProviderPage<StockLevel> stockLevels(Set<String> skus, String position) {
    return stockLevels(skus.stream().sorted().toList(), position, CATALOG_PAGE);
  }

  @Override
  public Optional<Product> product(String id) {
    return unlessNotFound(() -> client.product(id)).map(mapper::product);
  }

  /** By product or variation code. */
  public Optional<Product> productBySku(String sku) {
    return unlessNotFound(() -> client.productByCode(sku)).map(mapper::product);
  }

  /**
   * @param skus only these codes; empty for all
   */
  public ProviderPage<StockLevel> stockLevels(List<String> skus, String position, int limit) {
    long offset = offset(position);
    int size = clamp(limit);
    return mapper.page(client.stock(skus, size, offset), offset, size, mapper::stockLevel);
  }

  @Override
  public Optional<StockLevel> stockLevel(String sku) {
    return unlessNotFound(() -> client.stockItem(sku)).map(mapper::stockLevel);
  }

  /** REC+'s own dry run of the change ({@code diffOnly=true}), as JSON text. */
  @Override
  public String previewStock(String sku, int quantity) {
    return client.previewStockItemUpdate(RecplusStockUpdate.of(sku, quantity));
  }

  /** Sets the stock count of a product or variation code. */
  @Override
  public void setStock(String sku, int quantity) {
    client.updateStockItem(RecplusStockUpdate.of(sku, quantity));
  }

  private static <T> Optional<T> unlessNotFound(Supplier<T> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  private static long offset(String position) {
    if (position == null || position.isBlank()) {
      return 0;
    }
    try {
      long offset = Long.parseLong(position.trim());
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("not a REC+ list position");
  }

  private static int clamp(int limit) {
    return Math.max(1, Math.min(limit, RecplusClient.MAX_LIMIT));
  }
}
