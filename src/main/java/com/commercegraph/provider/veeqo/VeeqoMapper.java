package com.commercegraph.provider.veeqo;

import com.commercegraph.catalog.Product;
import com.commercegraph.channel.Channel;
import com.commercegraph.channel.ChannelSellable;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.money.Money;
import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLine;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Veeqo's wire objects in the common model. */
@ApplicationScoped
public class VeeqoMapper {

  private final String productCurrency;

  VeeqoMapper(VeeqoConfig config) {
    this.productCurrency = config.currency().trim();
  }

  /** A page of orders; the next position is Veeqo's next page number. */
  public ProviderPage<Order> orders(VeeqoPage<VeeqoOrder> page) {
    return new ProviderPage<>(
        page.items().stream().map(this::order).toList(), position(page), page.totalCount());
  }

  /**
   * A page of products, one common product per sellable. The total is left empty: Veeqo counts
   * products, not the sellables the page is made of.
   */
  public ProviderPage<Product> products(VeeqoPage<VeeqoProduct> page) {
    return new ProviderPage<>(
        page.items().stream().flatMap(product -> products(product).stream()).toList(),
        position(page),
        null);
  }

  public Channel channel(VeeqoChannel channel) {
    return new Channel(
        Provider.VEEQO,
        String.valueOf(channel.id()),
        channel.name(),
        channel.shortName(),
        channel.currencyCode(),
        channel.state());
  }

  public ChannelSellable channelSellable(VeeqoChannelSellable sellable) {
    return new ChannelSellable(
        sellable.id(),
        sellable.remoteId(),
        sellable.remoteSku(),
        sellable.remoteTitle(),
        sellable.active());
  }

  /**
   * Veeqo prices exclude tax: orders.md adds {@code tax_rate} to a line and applies {@code
   * taxless_discount_per_unit} "before tax", and its sample order adds up so (lines 150.00 + 75.00
   * less discounts 49.50 = subtotal_price 175.50, plus total_tax 35.54 and delivery = total_price
   * 213.04). A sellable's {@code price} is the same figure as a line's {@code price_per_unit}.
   */
  static final Boolean TAX_INCLUDED = false;

  public Order order(VeeqoOrder order) {
    String currency = orderCurrency(order);
    VeeqoCustomer customer = order.customer();
    VeeqoAddress billing = customer == null ? null : customer.billingAddress();
    return new Order(
        Provider.VEEQO,
        String.valueOf(order.id()),
        order.number(),
        VeeqoStatuses.of(order.status()),
        order.status(),
        time(order.createdAt()),
        time(order.updatedAt()),
        money(order.totalPrice(), currency),
        money(order.deliveryCost(), currency),
        money(order.totalDiscounts(), currency),
        customer(customer, billing, order.deliverTo()),
        address(order.deliverTo()),
        address(billing),
        order.lineItems().stream().map(line -> line(line, currency)).toList(),
        // Veeqo has no lifecycle to move through and reports no status history.
        List.of(),
        List.of());
  }

  /**
   * Each sellable (variant) of the product as one common product, addressed as {@code
   * productId/sellableId} because Veeqo fetches products, not sellables, by id.
   */
  public List<Product> products(VeeqoProduct product) {
    return product.sellables().stream()
        .map(sellable -> product(product.id(), product.title(), product.description(), sellable))
        .toList();
  }

  private Product product(
      long productId, String productTitle, String description, VeeqoSellable sellable) {
    return new Product(
        Provider.VEEQO,
        productId + "/" + sellable.id(),
        sellable.skuCode(),
        sellableName(sellable, productTitle),
        description,
        money(sellable.price(), productCurrency),
        TAX_INCLUDED,
        totalStock(productId, sellable));
  }

  /**
   * The sellable's stock over all its warehouses, addressed as {@code productId/sellableId/0}
   * (Veeqo warehouse ids start at 1). Null when Veeqo sent no stock entries.
   */
  public StockLevel totalStock(long productId, VeeqoSellable sellable) {
    List<VeeqoStockEntry> entries = sellable.stockEntries();
    if (entries.isEmpty()) {
      return null;
    }
    boolean infinite = entries.stream().anyMatch(VeeqoStockEntry::infinite);
    return new StockLevel(
        Provider.VEEQO,
        productId + "/" + sellable.id() + "/0",
        sellable.skuCode(),
        entries.stream().mapToInt(e -> orZero(e.physicalStockLevel())).sum(),
        infinite ? null : entries.stream().mapToInt(e -> orZero(e.availableStockLevel())).sum(),
        entries.size() == 1 ? stockLevel(entries.get(0), sellable.id(), null).warehouse() : null,
        entries.stream()
            .map(e -> time(e.updatedAt()))
            .filter(Objects::nonNull)
            .max(java.util.Comparator.naturalOrder())
            .orElse(null));
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  /** Stock of every sellable of the product in every warehouse. */
  public List<StockLevel> stockLevels(VeeqoProduct product) {
    return product.sellables().stream()
        .flatMap(
            sellable ->
                sellable.stockEntries().stream()
                    .map(entry -> stockLevel(entry, sellable.id(), sellable.skuCode())))
        .toList();
  }

  /**
   * One stock entry. The stock entry endpoint does not name the SKU, so {@code sku} comes from the
   * caller and may be null.
   */
  public StockLevel stockLevel(VeeqoStockEntry entry, String sku) {
    return stockLevel(entry, entry.sellableId(), sku);
  }

  private StockLevel stockLevel(VeeqoStockEntry entry, Long sellableId, String sku) {
    Long warehouseId =
        entry.warehouseId() != null
            ? entry.warehouseId()
            : entry.warehouse() == null ? null : entry.warehouse().id();
    String warehouseName = entry.warehouse() == null ? null : entry.warehouse().name();
    return new StockLevel(
        Provider.VEEQO,
        sellableId + "/" + warehouseId,
        sku,
        entry.physicalStockLevel(),
        // An infinite entry is always sellable: Veeqo's available number means nothing then.
        entry.infinite() ? null : entry.availableStockLevel(),
        warehouseName != null && !warehouseName.isBlank()
            ? warehouseName
            : Objects.toString(warehouseId, null),
        time(entry.updatedAt()));
  }

  private static String position(VeeqoPage<?> page) {
    Integer next = page.nextPage();
    return next == null ? null : next.toString();
  }

  // The documented order carries no currency field: the channel's currency is the order's. Should
  // Veeqo add one, it wins. The configured currency is the last resort.
  private String orderCurrency(VeeqoOrder order) {
    if (present(order.currencyCode())) {
      return order.currencyCode().trim();
    }
    if (order.channel() != null && present(order.channel().currencyCode())) {
      return order.channel().currencyCode().trim();
    }
    return productCurrency;
  }

  // orders.md: each line item embeds its sellable and that sellable's product, so the line's
  // catalogue product needs no further call.
  private OrderLine line(VeeqoLineItem line, String currency) {
    VeeqoSellable sellable = line.sellable();
    Product product =
        sellable == null || sellable.product() == null
            ? null
            : product(
                sellable.product().id(),
                sellable.product().title(),
                sellable.product().description(),
                sellable);
    BigDecimal discountPerUnit =
        line.taxlessDiscountPerUnit() == null ? BigDecimal.ZERO : line.taxlessDiscountPerUnit();
    BigDecimal quantity = BigDecimal.valueOf(line.quantity());
    return new OrderLine(
        sellable == null ? null : sellable.skuCode(),
        sellable == null ? null : sellableName(sellable, null),
        line.quantity(),
        money(line.pricePerUnit(), currency),
        line.pricePerUnit() == null
            ? null
            : money(line.pricePerUnit().subtract(discountPerUnit).multiply(quantity), currency),
        money(discountPerUnit.multiply(quantity), currency),
        TAX_INCLUDED,
        product == null ? null : product.providerId(),
        product);
  }

  private static String sellableName(VeeqoSellable sellable, String productTitle) {
    if (present(sellable.fullTitle())) {
      return sellable.fullTitle();
    }
    String product = present(sellable.productTitle()) ? sellable.productTitle() : productTitle;
    return join(product, sellable.title());
  }

  private static Customer customer(
      VeeqoCustomer customer, VeeqoAddress billing, VeeqoAddress deliverTo) {
    if (customer == null) {
      return null;
    }
    String name = billing != null ? name(billing) : null;
    return new Customer(
        name != null ? name : deliverTo == null ? null : name(deliverTo),
        customer.email(),
        present(customer.phone()) ? customer.phone() : customer.mobile());
  }

  private static Address address(VeeqoAddress address) {
    if (address == null) {
      return null;
    }
    return new Address(
        name(address),
        address.company(),
        address.address1(),
        address.address2(),
        address.city(),
        address.state(),
        address.zip(),
        address.country(),
        address.phone(),
        address.email());
  }

  private static String name(VeeqoAddress address) {
    return join(address.firstName(), address.lastName());
  }

  private static String join(String first, String second) {
    String joined =
        Stream.of(first, second)
            .filter(VeeqoMapper::present)
            .map(String::trim)
            .collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }

  /**
   * Veeqo sends money as JSON numbers, read exactly. Those are floats on Veeqo's side, so digits
   * beyond the currency's minor unit can only be float noise ({@code 19.990000000000002}); they are
   * rounded off rather than failing the whole order.
   */
  private static Money money(BigDecimal amount, String currency) {
    if (amount == null) {
      return null;
    }
    try {
      return Money.exact(amount, currency);
    } catch (ArithmeticException floatNoise) {
      return Money.rounded(amount, currency);
    } catch (IllegalArgumentException unknownCurrency) {
      throw badResponse("unknown currency " + currency);
    }
  }

  private static OffsetDateTime time(String text) {
    try {
      return VeeqoTimes.parse(text);
    } catch (DateTimeParseException e) {
      throw badResponse("unreadable time " + text);
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static ProviderBadResponseException badResponse(String message) {
    return new ProviderBadResponseException(
        new ProviderFailure(Provider.VEEQO, null, null, message, false));
  }
}
