package com.commercegraph.provider.shopwedo;

import com.commercegraph.catalog.Product;
import com.commercegraph.catalog.ProductCatalog;
import com.commercegraph.catalog.ProductQuery;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderCancellation;
import com.commercegraph.order.OrderCreation;
import com.commercegraph.order.OrderLookup;
import com.commercegraph.order.ProviderRefusedInputException;
import com.commercegraph.registry.Capability;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderPort;
import com.commercegraph.stock.StockLevel;
import com.commercegraph.stock.StockSource;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * ShopWeDo behind the gateway's port: its orders, stock and products in the common model. Failures
 * are the {@link ShopwedoClient}'s {@code ProviderException}s.
 */
@ApplicationScoped
public class ShopwedoProvider
    implements ProviderPort,
        OrderLookup,
        OrderCreation,
        OrderCancellation,
        ProductCatalog,
        StockSource {

  private static final Logger LOG = Logger.getLogger(ShopwedoProvider.class);

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
  private final ShopwedoStockReferences references;
  private final Clock clock;

  @Inject
  ShopwedoProvider(
      ShopwedoConfig config,
      ShopwedoClient client,
      ShopwedoMapper mapper,
      ShopwedoStockReferences references) {
    this(config, client, mapper, references, Clock.systemUTC());
  }

  /** With the clock that stamps {@code created_at} on new orders. */
  ShopwedoProvider(
      ShopwedoConfig config,
      ShopwedoClient client,
      ShopwedoMapper mapper,
      ShopwedoStockReferences references,
      Clock clock) {
    this.config = config;
    this.client = client;
    this.mapper = mapper;
    this.references = references;
    this.clock = clock;
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

  /**
   * getProducts cannot search: the gateway matches search and SKUs on each page. It takes no page
   * size either (shopwedo-api.txt: pages "limited by 100 items"), so a position is a product's
   * index and the page holding it is read, from that product on.
   */
  @Override
  public ProviderPage<Product> products(ProductQuery query, ListSlice slice) {
    long index = slice.position() == null ? 0 : index(slice.position());
    int page = (int) (index / ShopwedoClient.PRODUCT_PAGE_SIZE);
    ProviderPage<Product> read = products(List.of(), String.valueOf(page));
    long first = (long) page * ShopwedoClient.PRODUCT_PAGE_SIZE;
    int skip = (int) (index - first);
    List<Product> from =
        read.items().subList(Math.min(skip, read.items().size()), read.items().size());
    return ProviderPage.numbered(
        from,
        index,
        1,
        read.nextPosition() == null
            ? null
            : String.valueOf(first + ShopwedoClient.PRODUCT_PAGE_SIZE),
        null,
        index == 0);
  }

  @Override
  public int largestProductPage() {
    return ShopwedoClient.PRODUCT_PAGE_SIZE;
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
   * getStock filters by ShopWeDo's stock item id only, not by the merchant's code (the SKU), so
   * stock of named SKUs is read a slice at a time like all stock (a position is an offset) and the
   * gateway keeps the levels of those SKUs.
   */
  @Override
  public ProviderPage<StockLevel> stockLevels(Set<String> skus, ListSlice slice) {
    return stock(null, slice.position(), slice.count());
  }

  @Override
  public int largestStockPage() {
    return ShopwedoClient.MAX_STOCK_LIMIT;
  }

  /**
   * Named SKUs are matched on the whole stock list, so the list's length (from the last read that
   * reached its end) says what they cost; while it is unknown, as much as the gateway lets one list
   * request spend.
   */
  @Override
  public int callsToList(int count, Set<String> skus) {
    return skus.isEmpty()
        ? StockSource.super.callsToList(count, skus)
        : references.callsToReadAll(count);
  }

  @Override
  public Optional<StockLevel> stockLevel(String nativeId) {
    return stock(Long.valueOf(nativeId), null, 1).items().stream().findFirst();
  }

  /** The order with this ShopWeDo id; empty when ShopWeDo says it is not there or not owned. */
  @Override
  public Optional<Order> order(String orderId) {
    try {
      return Optional.of(read(orderId));
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The order with the merchant's code of each item's stock item as the line's SKU. */
  private Order read(String orderId) {
    ShopwedoOrder wire = client.order(orderId);
    Map<Long, String> codes = new HashMap<>();
    if (wire.items() != null) {
      wire.items().stream()
          .filter(item -> item != null && item.sku() != null)
          .map(ShopwedoItem::sku)
          .distinct()
          .forEach(
              id -> {
                String code = references.referenceOf(id);
                if (code != null) {
                  codes.put(id, code);
                }
              });
    }
    return mapper.order(wire, codes);
  }

  /** See {@link ShopwedoOrderRequests} for what ShopWeDo needs and how the input is split. */
  @Override
  public List<InputProblem> problems(NewOrder order) {
    return ShopwedoOrderRequests.problems(order);
  }

  /** The stock list, read in slices of 50 for the SKUs' stock item ids ({@link #stockItemsOf}). */
  @Override
  public int callsBeforeSending(Set<String> skus) {
    return references.callsToReadAll(ShopwedoClient.MAX_STOCK_LIMIT);
  }

  /**
   * ShopWeDo cannot look orders up by external_order_id (shopwedo-api.txt has getOrder by id only),
   * so a create whose outcome is unknown stays so until someone checks ShopWeDo's back office.
   */
  @Override
  public Optional<Order> findByReference(String reference) {
    return Optional.empty();
  }

  /**
   * Reads ShopWeDo's stock item id of each line's SKU ({@link #stockItemsOf}) before anything is
   * sent; the create then sends createOrder once with {@code external_order_id} = the reference and
   * {@code created_at} = now in {@code shopwedo.time-zone}, then reads the new order back with
   * getOrder, since createOrder answers only its id. ShopWeDo's field-by-field refusal comes back
   * as a {@link com.commercegraph.order.ProviderRefusedInputException}: nothing was created.
   *
   * <p>When the read-back fails the order exists all the same: the answer is then the order as
   * sent, with ShopWeDo's new id, status UNKNOWN and no provider status ({@link
   * ShopwedoOrdersAsSent#created}), never a failure. A later read of the id gives ShopWeDo's own
   * view.
   */
  @Override
  public Supplier<Order> prepare(NewOrder order) {
    Map<String, Long> stockItems = stockItemsOf(order);
    return () -> create(order, stockItems);
  }

  private Order create(NewOrder order, Map<String, Long> stockItems) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id;
    try {
      id =
          client.createOrder(
              ShopwedoOrderRequests.request(
                  order, stockItems, mapper.shopTime(now), config.release()));
    } catch (ProviderRejectedException e) {
      Optional<ProviderRefusedInputException> refused = ShopwedoRefusals.of(e, order);
      if (refused.isPresent()) {
        throw refused.get();
      }
      throw e;
    }
    String orderId = String.valueOf(id);
    try {
      return read(orderId);
    } catch (ProviderException e) {
      LOG.warnf(
          "ShopWeDo created order %s for reference %s but reading it back failed (%s); answering"
              + " the order as sent",
          orderId, order.reference(), e.code());
      return ShopwedoOrdersAsSent.created(order, orderId, now);
    }
  }

  /**
   * ShopWeDo's stock item id of each line's SKU (the merchant's code), read before anything is
   * sent: a SKU ShopWeDo does not stock is refused on its line and nothing is created.
   */
  private Map<String, Long> stockItemsOf(NewOrder order) {
    Set<String> skus =
        order.lines().stream().map(line -> line.sku().trim()).collect(Collectors.toSet());
    Map<String, Long> found = references.idsOf(skus);
    List<InputProblem> unknown = new ArrayList<>();
    for (int i = 0; i < order.lines().size(); i++) {
      String sku = order.lines().get(i).sku().trim();
      if (!found.containsKey(sku)) {
        unknown.add(
            InputProblem.of(
                "UNKNOWN_SKU",
                "ShopWeDo has no stock item with reference " + sku,
                "input",
                "lines",
                String.valueOf(i),
                "sku"));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ProviderRefusedInputException(
          new ProviderFailure(Provider.SHOPWEDO, null, null, "SKUs ShopWeDo does not stock", false),
          unknown);
    }
    return found;
  }

  /**
   * Sends cancelOrder once (it is not idempotent, so never retried) and reads the order back.
   * ShopWeDo's 400 once fulfilment has started or is done is {@code CANCEL_REFUSED}, an order it
   * does not know is {@code NOT_FOUND}; both changed nothing. ShopWeDo takes no reason, so {@code
   * reason} is not sent. When the read-back fails the cancel still happened: the answer is the
   * order with its id and status CANCELLED only.
   */
  @Override
  public WriteResult<Order> cancel(String nativeId, String reason) {
    try {
      client.cancelOrder(nativeId);
    } catch (ProviderNotFoundException e) {
      return WriteResult.refused(
          InputProblem.of("NOT_FOUND", "ShopWeDo has no order " + nativeId, "id"));
    } catch (ProviderRejectedException e) {
      if (e.httpStatus().orElse(0) != 400) {
        throw e;
      }
      // shopwedo-api.txt: 400 "the order fulfilment is started or fulfilment is done"
      return WriteResult.refused(
          InputProblem.of(
              "CANCEL_REFUSED",
              "ShopWeDo refused to cancel order "
                  + nativeId
                  + ": "
                  + e.providerMessage().orElse("fulfilment has started or is done"),
              "id"));
    }
    try {
      return WriteResult.done(read(nativeId));
    } catch (ProviderException e) {
      LOG.warnf("ShopWeDo cancelled order %s but reading it back failed (%s)", nativeId, e.code());
      return WriteResult.done(ShopwedoOrdersAsSent.cancelled(nativeId));
    }
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
    List<ShopwedoStockItem> items = client.stock(sku, capped, offset);
    if (sku == null) {
      references.read(offset, capped, items.size());
    }
    return mapper.stockPage(items, offset, capped);
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

  private static long index(String position) {
    if (!position.matches("[0-9]{1,12}")) {
      throw new IllegalArgumentException("not a ShopWeDo list position");
    }
    return Long.parseLong(position);
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
