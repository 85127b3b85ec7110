package com.commercegraph.provider.veeqo;

import com.commercegraph.catalog.Product;
import com.commercegraph.catalog.ProductCatalog;
import com.commercegraph.catalog.ProductQuery;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderCreation;
import com.commercegraph.order.OrderListQuery;
import com.commercegraph.order.OrderListing;
import com.commercegraph.order.OrderLookup;
import com.commercegraph.order.event.OrderChangeFeed;
import com.commercegraph.registry.Capability;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderPort;
import com.commercegraph.stock.StockLevel;
import com.commercegraph.stock.StockSource;
import com.commercegraph.write.InputProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Veeqo behind the gateway's port. */
@ApplicationScoped
public class VeeqoProvider
    implements ProviderPort,
        OrderLookup,
        OrderListing,
        OrderCreation,
        OrderChangeFeed,
        ProductCatalog,
        StockSource {

  /**
   * Orders read when looking a reference up by free text: an exact number matches few orders, and
   * Veeqo's page_size goes to 100.
   */
  private static final int REFERENCE_SEARCH_PAGE = 100;

  /**
   * Pages of free-text matches read at most when looking a reference up: a number also appears as a
   * substring of other orders' numbers, notes and addresses, but 500 matches for one exact number
   * would mean the search no longer narrows anything.
   */
  private static final int REFERENCE_SEARCH_PAGES = 5;

  private static final Logger LOG = Logger.getLogger(VeeqoProvider.class);

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.ORDERS_LIST,
          Capability.ORDERS_READ,
          Capability.ORDERS_CREATE,
          Capability.PRODUCTS_READ,
          Capability.STOCK_READ,
          Capability.CHANNELS_WRITE);

  private final VeeqoConfig config;
  private final VeeqoClient client;
  private final VeeqoMapper mapper;
  private final VeeqoSellableIds sellableIds;

  VeeqoProvider(
      VeeqoConfig config, VeeqoClient client, VeeqoMapper mapper, VeeqoSellableIds sellableIds) {
    this.config = config;
    this.client = client;
    this.mapper = mapper;
    this.sellableIds = sellableIds;
  }

  @Override
  public Provider provider() {
    return Provider.VEEQO;
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
   * One page of orders.
   *
   * @param position a {@link ProviderPage#nextPosition()} from an earlier page; null for the first
   * @param pageSize null for Veeqo's default of 12
   * @throws IllegalArgumentException for a position that this provider did not make
   */
  public ProviderPage<Order> orders(String position, Integer pageSize) {
    return mapper.orders(client.orders(VeeqoOrderQuery.page(pageNumber(position), pageSize)));
  }

  /**
   * Veeqo lists orders newest first. The filter's start goes out as {@code created_at_min}, widened
   * by {@link VeeqoTimes#ZONE_SLACK}; its statuses as {@code status} when they are exactly one
   * Veeqo status (the parameter takes one), and when none of Veeqo's statuses can match, Veeqo is
   * not asked at all. Veeqo has no upper bound on creation time (orders.md: {@code created_at_min}
   * only), so the filter's end is pushed down as where the list starts: the orders created since
   * then (the end plus {@link VeeqoTimes#ZONE_SLACK}), counted by a one-order page of {@code
   * created_at_min}, are skipped rather than read. Widened both ways, Veeqo returns at least the
   * window whatever zone it reads the filter in; the gateway keeps exactly the window's orders.
   *
   * <p>A position is an order's index in that list, newest first, 0 for the newest; the slice is
   * read as the one page that holds it ({@link VeeqoPageCover}), sized to it. New orders push the
   * list down, so an index taken earlier may point a little above where the walk stopped; the merge
   * keeps only orders past the last one it handed out.
   */
  @Override
  public ProviderPage<Order> newestOrders(OrderListQuery query, ListSlice slice) {
    String status = null;
    if (!query.statuses().isEmpty()) {
      List<String> matching = VeeqoStatuses.matching(query.statuses());
      if (matching.isEmpty()) {
        return new ProviderPage<>(List.of(), List.of(), null, 0L, true);
      }
      status = matching.size() == 1 ? matching.get(0) : null;
    }
    long start;
    if (slice.position() != null) {
      start = index(slice.position());
    } else if (query.createdTo() != null) {
      start = createdSince(VeeqoTimes.widenedEnd(query.createdTo()), status);
    } else {
      start = 0;
    }
    long from = Math.max(0, start - slice.before());
    VeeqoPageCover cover = VeeqoPageCover.of(from, start + slice.count());
    VeeqoPage<VeeqoOrder> page =
        client.orders(
            new VeeqoOrderQuery(
                null,
                VeeqoTimes.widenedStart(query.createdFrom()),
                null,
                status,
                null,
                null,
                cover.page(),
                cover.size()));
    List<Order> orders = page.items().stream().map(mapper::order).toList();
    long next = cover.first() + orders.size();
    return ProviderPage.numbered(
        orders,
        cover.first(),
        1,
        page.nextPage() == null ? null : String.valueOf(next),
        page.totalCount(),
        cover.first() == 0);
  }

  /**
   * The orders updated since {@code since}, by {@code updated_at_min} (orders.md), in Veeqo's own
   * order. Veeqo has no webhooks (NOTES.md), so this is how the gateway hears of changes. The start
   * is widened by {@link VeeqoTimes#ZONE_SLACK} like every Veeqo time filter (the parameter names
   * no zone), so the answer also holds orders updated up to 14 hours before {@code since}: what the
   * gateway saw before is no news to {@code OrderChanges}, which drops an order seen again
   * unchanged. Pages of up to {@code max} are read until the list ends, at most {@value
   * #CHANGE_PAGES} of them; past that the rest of one poll's changes are not seen (logged).
   */
  @Override
  public List<Order> changedSince(OffsetDateTime since, int max) {
    int size = Math.min(max, VeeqoPageCover.LARGEST);
    List<Order> changed = new ArrayList<>();
    Integer page = 1;
    for (int read = 0; page != null && read < CHANGE_PAGES; read++) {
      VeeqoPage<VeeqoOrder> found =
          client.orders(
              new VeeqoOrderQuery(
                  null, null, VeeqoTimes.widenedStart(since), null, null, null, page, size));
      found.items().stream().map(mapper::order).forEach(changed::add);
      page = found.items().isEmpty() ? null : found.nextPage();
    }
    if (page != null) {
      LOG.warnf(
          "Veeqo answered more than %d orders updated since %s less %s (its zone unknown): the"
              + " changes past them are not seen by this poll",
          CHANGE_PAGES * size, since, VeeqoTimes.ZONE_SLACK);
    }
    return changed;
  }

  /**
   * Pages one poll reads at most: the widened window holds the changes of 14 hours and more, which
   * a busy account fills past one page; five pages cost a poll every 15 seconds a fifteenth of
   * Veeqo's 5 calls a second, and that only while the account is that busy.
   */
  private static final int CHANGE_PAGES = 5;

  /** How many orders Veeqo has created since {@code moment}: a one-order page's total. */
  private long createdSince(OffsetDateTime moment, String status) {
    VeeqoPage<VeeqoOrder> count =
        client.orders(new VeeqoOrderQuery(null, moment, null, status, null, null, 1, 1));
    return count.totalCount() == null ? 0 : count.totalCount();
  }

  /**
   * One call per page of {@value VeeqoPageCover#LARGEST} orders past a position, read at once. From
   * the start, where the start itself may first be counted, one call.
   */
  @Override
  public List<ListSlice> calls(ListSlice slice) {
    if (slice.position() == null || slice.count() <= VeeqoPageCover.LARGEST) {
      return List.of(slice);
    }
    long start = index(slice.position());
    List<ListSlice> calls = new ArrayList<>();
    for (long at = start; at < start + slice.count(); at += VeeqoPageCover.LARGEST) {
      int count = (int) Math.min(VeeqoPageCover.LARGEST, start + slice.count() - at);
      calls.add(new ListSlice(String.valueOf(at), count, at == start ? slice.before() : 0));
    }
    return calls;
  }

  @Override
  public int largestOrderPage() {
    return VeeqoPageCover.LARGEST;
  }

  /** The order, or empty when Veeqo has none with this id. */
  @Override
  public Optional<Order> order(String id) {
    OptionalLong veeqoId = veeqoId(id);
    if (veeqoId.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.order(client.order(veeqoId.getAsLong())));
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Channel, delivery method (the order's or the configured default), unit prices and a shipping
   * address: Veeqo needs them all. SKUs are looked up when the create is prepared.
   */
  @Override
  public List<InputProblem> problems(NewOrder order) {
    return VeeqoOrderRequests.problems(order, config.deliveryMethodId());
  }

  /**
   * Veeqo has no look-up by number, only a free-text {@code query} (orders.md) that also matches
   * numbers containing the reference, notes and addresses: it narrows the search, and of what it
   * finds only an order whose {@code number} equals the reference exactly counts. Pages through the
   * matches, at most {@value #REFERENCE_SEARCH_PAGES} pages.
   */
  @Override
  public Optional<Order> findByReference(String reference) {
    Integer page = 1;
    for (int read = 0; page != null && read < REFERENCE_SEARCH_PAGES; read++) {
      VeeqoPage<VeeqoOrder> found =
          client.orders(
              new VeeqoOrderQuery(
                  null, null, null, null, reference, null, page, REFERENCE_SEARCH_PAGE));
      Optional<VeeqoOrder> exact =
          found.items().stream().filter(order -> reference.equals(order.number())).findFirst();
      if (exact.isPresent()) {
        return exact.map(mapper::order);
      }
      page = found.nextPage();
    }
    return Optional.empty();
  }

  /**
   * The look-up is exact and covers every order, as long as the matches fit the pages read: a miss
   * then proves no order has the number.
   */
  @Override
  public boolean absenceIsProof() {
    return true;
  }

  /**
   * The look-up by number, and a product search per SKU (one page each unless the search matches
   * more than a page; none for a SKU found before and kept).
   */
  @Override
  public int callsBeforeSending(Set<String> skus) {
    return 1 + skus.size();
  }

  /**
   * Veeqo has no idempotency key; one look-up before the first send finds an order an earlier
   * gateway made and forgot (a restart without Redis), at one of Veeqo's 5 calls a second.
   */
  @Override
  public boolean lookUpBeforeSending() {
    return true;
  }

  /**
   * {@code POST /orders}, sent once: the number is the client's reference, each line's sellable the
   * one its SKU names, looked up first ({@link VeeqoSellableIds#ofLines}).
   */
  @Override
  public Supplier<Order> prepare(NewOrder order) {
    VeeqoNewOrder body =
        VeeqoOrderRequests.body(
            order, sellableIds.ofLines(order.lines()), config.deliveryMethodId());
    return () -> createOrder(body);
  }

  public Order createOrder(VeeqoNewOrder order) {
    return mapper.order(client.createOrder(order));
  }

  /** One page of products, one per Veeqo sellable; positions as for {@link #orders}. */
  public ProviderPage<Product> products(String position, Integer pageSize) {
    return mapper.products(client.products(VeeqoProductQuery.page(pageNumber(position), pageSize)));
  }

  /**
   * The stock record with this id ({@code sellableId/warehouseId}, as in {@link
   * StockLevel#providerId()}), or empty when Veeqo has none.
   */
  @Override
  public Optional<StockLevel> stockLevel(String stockId) {
    String[] parts = stockId == null ? new String[0] : stockId.split("/", -1);
    if (parts.length == 3) {
      // productId/sellableId/0: the sellable's stock over all warehouses, read with its product.
      return sellable(parts[0], parts[1])
          .flatMap(
              found -> Optional.ofNullable(mapper.totalStock(found.productId, found.sellable)));
    }
    if (parts.length != 2 || veeqoId(parts[0]).isEmpty() || veeqoId(parts[1]).isEmpty()) {
      return Optional.empty();
    }
    try {
      VeeqoStockEntry entry =
          client.stockEntry(veeqoId(parts[0]).getAsLong(), veeqoId(parts[1]).getAsLong());
      return Optional.of(mapper.stockLevel(entry, null));
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Veeqo's {@code query} searches its catalogue; SKUs are matched by the gateway. A position is
   * {@code product index:item index}: Veeqo pages products, the gateway shows one product per
   * sellable.
   */
  @Override
  public ProviderPage<Product> products(ProductQuery query, ListSlice slice) {
    return perProduct(query.search(), slice, mapper::products);
  }

  @Override
  public int largestProductPage() {
    return VeeqoPageCover.LARGEST;
  }

  /** Per warehouse of every sellable, from the product list Veeqo embeds them in. */
  @Override
  public ProviderPage<StockLevel> stockLevels(Set<String> skus, ListSlice slice) {
    return perProduct(
        null,
        slice,
        product ->
            mapper.stockLevels(product).stream()
                .filter(level -> skus.isEmpty() || skus.contains(level.sku()))
                .toList());
  }

  @Override
  public int largestStockPage() {
    return VeeqoPageCover.LARGEST;
  }

  /**
   * Items made from a run of Veeqo's product list, several per product: as many products as the
   * slice asks for items (each product gives at least one), positioned {@code product:item}.
   */
  private <T> ProviderPage<T> perProduct(
      String search, ListSlice slice, Function<VeeqoProduct, List<T>> items) {
    long product = 0;
    int skip = 0;
    if (slice.position() != null) {
      String[] parts = slice.position().split(":", -1);
      if (parts.length != 2 || !parts[1].matches("[0-9]{1,6}")) {
        throw new IllegalArgumentException("not a Veeqo product list position");
      }
      product = index(parts[0]);
      skip = Integer.parseInt(parts[1]);
    }
    VeeqoPageCover cover = VeeqoPageCover.of(product, product + slice.count());
    VeeqoPage<VeeqoProduct> page =
        client.products(
            new VeeqoProductQuery(null, null, null, search, null, cover.page(), cover.size()));
    List<T> found = new ArrayList<>();
    List<String> positions = new ArrayList<>();
    for (int i = 0; i < page.items().size(); i++) {
      long index = cover.first() + i;
      if (index < product) {
        continue;
      }
      List<T> made = items.apply(page.items().get(i));
      for (int k = index == product ? skip : 0; k < made.size(); k++) {
        found.add(made.get(k));
        positions.add(index + ":" + k);
      }
    }
    String next = page.nextPage() == null ? null : (cover.first() + page.items().size()) + ":0";
    return new ProviderPage<>(found, positions, next, null, product == 0 && skip == 0);
  }

  /**
   * Order lines already carry their Veeqo product, so this is only for lines that did not: one call
   * per distinct product, since Veeqo fetches products one at a time.
   */
  @Override
  public List<Product> productsByRefs(Collection<String> refs) {
    return refs.stream()
        .distinct()
        .map(ref -> ref.split("/", -1))
        .filter(parts -> parts.length == 2)
        .flatMap(parts -> product(parts[0] + "/" + parts[1]).stream())
        .toList();
  }

  @Override
  public Optional<Product> product(String nativeId) {
    String[] parts = nativeId.split("/", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    return sellable(parts[0], parts[1])
        .map(
            found ->
                mapper.products(found.product).stream()
                    .filter(p -> p.providerId().equals(nativeId))
                    .findFirst()
                    .orElseThrow());
  }

  private Optional<FoundSellable> sellable(String productId, String sellableId) {
    if (veeqoId(productId).isEmpty() || veeqoId(sellableId).isEmpty()) {
      return Optional.empty();
    }
    try {
      VeeqoProduct product = client.product(veeqoId(productId).getAsLong());
      return product.sellables().stream()
          .filter(sellable -> String.valueOf(sellable.id()).equals(sellableId))
          .findFirst()
          .map(sellable -> new FoundSellable(product, product.id(), sellable));
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  private record FoundSellable(VeeqoProduct product, long productId, VeeqoSellable sellable) {}

  private static Integer pageNumber(String position) {
    if (position == null) {
      return null;
    }
    if (!position.matches("[1-9][0-9]{0,8}")) {
      throw new IllegalArgumentException("not a Veeqo page position: " + position);
    }
    return Integer.valueOf(position);
  }

  private static long index(String position) {
    if (position == null || !position.matches("[0-9]{1,12}")) {
      throw new IllegalArgumentException("not a Veeqo list position");
    }
    return Long.parseLong(position);
  }

  // Veeqo ids are numbers: any other text cannot name a Veeqo record.
  private static OptionalLong veeqoId(String id) {
    return id != null && id.matches("[0-9]{1,18}")
        ? OptionalLong.of(Long.parseLong(id))
        : OptionalLong.empty();
  }
}
