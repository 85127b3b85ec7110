package com.commercegraph.provider.recplus;

import com.commercegraph.catalog.Product;
import com.commercegraph.catalog.ProductCatalog;
import com.commercegraph.catalog.ProductQuery;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderDetail;
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
import java.util.HashSet;
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

  /**
   * Orders read past the remembered end of REC+'s list when reading its newest: orders placed since
   * it was counted come in the same call rather than a second one.
   */
  private static final int NEWEST_SLACK = 10;

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
  private final RecplusOrderCounts counts;

  RecplusProvider(
      RecplusConfig config, RecplusClient client, RecplusMapper mapper, RecplusOrderCounts counts) {
    this.config = config;
    this.client = client;
    this.mapper = mapper;
    this.counts = counts;
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
   * ids, the order its since_timestamp sync relies on), so the newest are read from the end. A
   * position is an order's offset in that list: offsets stay put as new orders are appended, so a
   * position stays valid while the shop takes orders. Only orders placed since the query's {@code
   * createdFrom} are asked for (REC+ cannot filter by update time), with full data only when the
   * query needs it ({@code fields=*}).
   *
   * <p>Where the list ends comes from the count REC+ gave last time ({@link RecplusOrderCounts}),
   * so the newest orders are one call; the first time, or when more orders came in than the call
   * reached past that count, a second call reads the newest. REC+ has no upper bound on placement,
   * so the query's {@code createdTo} is pushed down as where to start: the orders placed since then
   * (a one-order page's {@code total_count}) are the last ones of the list and are skipped.
   */
  @Override
  public ProviderPage<Order> newestOrders(OrderListQuery query, ListSlice slice) {
    Instant placedSince = query.createdFrom() == null ? null : query.createdFrom().toInstant();
    Long since = placedSince == null ? null : placedSince.getEpochSecond();
    boolean full = query.detail() == OrderDetail.FULL;
    int count = clamp(slice.count());
    if (slice.position() != null) {
      long newest = offset(slice.position()) + slice.before();
      long start = Math.max(0, newest - count - slice.before() + 1);
      RecplusOrderPage page =
          client.orders(clamp((int) (newest - start + 1)), start, placedSince, full);
      counts.remember(since, page.totalCount());
      return newestFirst(page, start, count(page, start));
    }
    Long skipped = null;
    if (query.createdTo() != null) {
      skipped = client.orders(1, 0, query.createdTo().toInstant(), false).totalCount();
    }
    long total;
    RecplusOrderPage read = null;
    long readFrom = 0;
    Optional<Long> known = counts.last(since);
    if (known.isPresent()) {
      total = known.get();
    } else {
      read = client.orders(count, 0, placedSince, full);
      total = count(read, 0);
      counts.remember(since, total);
    }
    long end = skipped == null ? total : Math.max(0, total - skipped);
    long start = Math.max(0, end - count);
    if (read == null || start > 0) {
      // Past the remembered end too: orders placed since it was counted come in the same call.
      int limit = clamp((int) (end - start) + NEWEST_SLACK);
      read = client.orders(limit, start, placedSince, full);
      readFrom = start;
      long now = count(read, start);
      counts.remember(since, now);
      long reached = start + read.items().size();
      if (skipped == null && read.items().size() >= limit && now > reached) {
        // More came in than the call reached past the count: read the newest after all.
        readFrom = Math.max(0, now - count);
        read = client.orders(clamp((int) (now - readFrom)), readFrom, placedSince, full);
        counts.remember(since, count(read, readFrom));
      }
    }
    return newestFirst(read, readFrom, count(read, readFrom));
  }

  /** REC+'s total, or where the page ends when it gives none. */
  private static long count(RecplusOrderPage page, long start) {
    return page.totalCount() != null ? page.totalCount() : start + page.items().size();
  }

  /** The page's orders newest first, each at its offset; the next position is the one before. */
  private ProviderPage<Order> newestFirst(RecplusOrderPage page, long start, long total) {
    List<Order> orders = new ArrayList<>(page.items().stream().map(mapper::order).toList());
    Collections.reverse(orders);
    long newest = start + orders.size() - 1;
    return ProviderPage.numbered(
        orders,
        newest,
        -1,
        start > 0 ? String.valueOf(start - 1) : null,
        total,
        newest + 1 >= total);
  }

  /**
   * One call per {@value RecplusClient#MAX_LIMIT} orders past a position (REC+'s largest limit),
   * read at once. From the newest, where the list's end may first be counted, one call.
   */
  @Override
  public List<ListSlice> calls(ListSlice slice) {
    if (slice.position() == null || slice.count() <= RecplusClient.MAX_LIMIT) {
      return List.of(slice);
    }
    long newest = offset(slice.position());
    List<ListSlice> calls = new ArrayList<>();
    long left = slice.count();
    for (long at = newest; at >= 0 && left > 0; at -= RecplusClient.MAX_LIMIT) {
      int count = (int) Math.min(RecplusClient.MAX_LIMIT, left);
      calls.add(new ListSlice(String.valueOf(at), count, at == newest ? slice.before() : 0));
      left -= count;
    }
    return calls;
  }

  @Override
  public int largestOrderPage() {
    return RecplusClient.MAX_LIMIT;
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

  /**
   * The products with these REC+ ids (an order line's productRef): one call, and the pages after it
   * where the site caps its limit below their number.
   */
  public List<Product> productsByIds(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() > RecplusClient.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "REC+ returns at most " + RecplusClient.MAX_LIMIT + " products per call");
    }
    // A site may cap limit below the ids asked for: the pages that follow are read too, until
    // every id is found or REC+ has no more (or its paging stops moving forward).
    List<Product> products = new ArrayList<>();
    Set<String> unseen = new HashSet<>(ids);
    long offset = 0;
    while (true) {
      ProviderPage<Product> page =
          mapper.page(
              client.products(RecplusProductQuery.byIds(ids), ids.size(), offset),
              offset,
              ids.size(),
              mapper::product);
      for (Product product : page.items()) {
        if (unseen.remove(product.providerId())) {
          products.add(product);
        }
      }
      long next = page.nextPosition() == null ? -1 : Long.parseLong(page.nextPosition().trim());
      if (unseen.isEmpty() || page.items().isEmpty() || next <= offset) {
        return products;
      }
      offset = next;
    }
  }

  /** REC+ searches with {@code q}; SKUs are matched by the gateway. Positions are offsets. */
  @Override
  public ProviderPage<Product> products(ProductQuery query, ListSlice slice) {
    return products(query.search(), slice.position(), slice.count());
  }

  @Override
  public int largestProductPage() {
    return RecplusClient.MAX_LIMIT;
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

  /** REC+ filters {@code /stock} by a comma-separated {@code codes} list. Positions are offsets. */
  @Override
  public ProviderPage<StockLevel> stockLevels(Set<String> skus, ListSlice slice) {
    return stockLevels(skus.stream().sorted().toList(), slice.position(), slice.count());
  }

  @Override
  public int largestStockPage() {
    return RecplusClient.MAX_LIMIT;
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
