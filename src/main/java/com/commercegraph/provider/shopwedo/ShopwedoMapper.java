package com.commercegraph.provider.shopwedo;

import com.commercegraph.catalog.Product;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.money.Money;
import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLine;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.order.OrderStatusEvent;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** ShopWeDo wire records into the common model. */
@ApplicationScoped
public class ShopwedoMapper {

  private final ZoneId zone;
  private final String currency;
  private final ShopwedoStatuses statuses;

  ShopwedoMapper(ShopwedoConfig config) {
    this.zone = ZoneId.of(config.timeZone());
    this.currency = config.currency();
    this.statuses = new ShopwedoStatuses(config.statusMap());
  }

  /**
   * ShopWeDo orders carry no prices, so total, shipping, discount and unit prices are null. The
   * only status history is the last announced shipment ({@code shipped_at}).
   *
   * @param references the merchant's code of each stock item the order's items name, by id ({@link
   *     ShopwedoStockReferences}); a line's SKU is its item's code
   */
  public Order order(ShopwedoOrder wire, Map<Long, String> references) {
    OffsetDateTime shippedAt = time(wire.shippedAt());
    List<OrderStatusEvent> history =
        shippedAt == null
            ? List.of()
            : List.of(
                new OrderStatusEvent(
                    OrderStatus.SHIPPED, null, shippedAt, "last announced shipment"));
    return new Order(
        Provider.SHOPWEDO,
        text(wire.orderId()),
        wire.externalOrderId(),
        statuses.of(wire.statusString()),
        wire.statusString(),
        time(wire.createdAt()),
        null,
        null,
        null,
        null,
        customer(wire.billingAddress() != null ? wire.billingAddress() : wire.shippingAddress()),
        address(wire.shippingAddress()),
        address(wire.billingAddress()),
        wire.items() == null
            ? List.of()
            : wire.items().stream()
                .filter(Objects::nonNull)
                .map(item -> line(item, references))
                .toList(),
        List.of(),
        history);
  }

  /** Addressed by ShopWeDo's stock item id; its SKU is the merchant's code, {@code reference}. */
  public StockLevel stockLevel(ShopwedoStockItem wire) {
    return new StockLevel(
        Provider.SHOPWEDO,
        text(wire.sku()),
        blankToNull(wire.reference()),
        wire.level(),
        wire.atp(),
        text(wire.warehouseId()),
        time(wire.lastUpdate()));
  }

  /**
   * Name and description in English, the name falling back to Dutch (ShopWeDo's home language);
   * price is the price ex VAT, exact.
   *
   * <p>The SKU is the merchant's code of the connected stock item, as on its stock level:
   * getProducts calls it {@code barcode}, "the barcode of the inventory item", and getStock calls
   * the same item's code {@code reference}, its "internal reference (Barcode or similar)"
   * (shopwedo-api.txt). The product's own {@code sku} field is ShopWeDo's stock item id, which
   * addresses its stock.
   */
  public Product product(ShopwedoProduct wire) {
    String sku = blankToNull(wire.barcode());
    return new Product(
        Provider.SHOPWEDO,
        text(wire.productId()),
        sku,
        wire.name() == null ? null : firstPresent(wire.name().en(), wire.name().nl()),
        wire.description() == null ? null : wire.description().en(),
        price(wire.price()),
        // shopwedo-api.txt: "The price of the product ex VAT."
        false,
        // getProducts gives the stock item's available-to-promise, not its level on hand.
        wire.sku() == null || wire.atp() == null
            ? null
            : new StockLevel(
                Provider.SHOPWEDO, text(wire.sku()), sku, null, wire.atp(), null, null));
  }

  /** A getStock slice; the next position is the next offset, absent after a short slice. */
  public ProviderPage<StockLevel> stockPage(List<ShopwedoStockItem> items, int offset, int limit) {
    String next = items.size() < limit ? null : String.valueOf(offset + items.size());
    return ProviderPage.numbered(
        items.stream().filter(Objects::nonNull).map(this::stockLevel).toList(),
        offset,
        1,
        next,
        null,
        offset == 0);
  }

  /** A getProducts page; the next position is the next page number, absent after a short page. */
  public ProviderPage<Product> productPage(List<ShopwedoProduct> products, int page) {
    String next =
        products.size() < ShopwedoClient.PRODUCT_PAGE_SIZE ? null : String.valueOf(page + 1);
    return new ProviderPage<>(
        products.stream().filter(Objects::nonNull).map(this::product).toList(), next, null);
  }

  /** A moment as ShopWeDo's wall-clock time in {@code shopwedo.time-zone}, for createOrder. */
  public LocalDateTime shopTime(OffsetDateTime moment) {
    return moment.atZoneSameInstant(zone).toLocalDateTime();
  }

  private static OrderLine line(ShopwedoItem item, Map<Long, String> references) {
    return new OrderLine(
        item.sku() == null ? null : references.get(item.sku()),
        item.name(),
        item.amount() == null ? 0 : item.amount(),
        null,
        text(item.sku()));
  }

  /**
   * ShopWeDo ex-VAT prices may carry more decimals than cents (a gross price divided by 1.21, as in
   * 8.2645). They are rounded half-up to cents on purpose: the common Money is always a whole
   * number of minor units, and the wire value stays in the client's answer for anyone who needs it.
   */
  private Money price(BigDecimal price) {
    return price == null ? null : Money.rounded(price, currency);
  }

  private static Customer customer(ShopwedoAddress address) {
    return address == null
        ? null
        : new Customer(name(address), blankToNull(address.email()), blankToNull(address.phone()));
  }

  /**
   * Street and number (and box, with the word "box" so that it is not read as part of the number)
   * make the first line: ShopWeDo keeps them apart, the common model has one line.
   */
  private static Address address(ShopwedoAddress wire) {
    if (wire == null) {
      return null;
    }
    String line1 =
        joined(
            " ",
            wire.street(),
            wire.number(),
            blankToNull(wire.box()) == null ? null : "box " + wire.box().trim());
    return new Address(
        name(wire),
        blankToNull(wire.company()),
        line1,
        null,
        blankToNull(wire.city()),
        null,
        blankToNull(wire.zip()),
        wire.countryIso2() == null ? null : wire.countryIso2().trim().toUpperCase(Locale.ROOT),
        blankToNull(wire.phone()),
        blankToNull(wire.email()));
  }

  private static String name(ShopwedoAddress address) {
    return joined(" ", address.firstname(), address.lastname());
  }

  /**
   * shopwedo-api.txt does not show its DateTime JSON; text with an offset keeps it, text without
   * one is wall-clock time in {@code shopwedo.time-zone} unless a PHP DateTime object named its
   * zone. PHP's "zero date" means absent.
   */
  OffsetDateTime time(ShopwedoTimestamp wire) {
    if (wire == null || wire.text().startsWith("0000-00-00")) {
      return null;
    }
    String text = wire.text().length() > 10 ? wire.text().replaceFirst(" ", "T") : wire.text();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(zoneOf(wire)).toOffsetDateTime();
      }
      if (text.matches(".*(Z|[+-]\\d{2}:?\\d{2})$")) {
        return OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
      }
      return LocalDateTime.parse(text).atZone(zoneOf(wire)).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new ProviderBadResponseException(
          new ProviderFailure(Provider.SHOPWEDO, null, null, "unreadable date " + text, false), e);
    }
  }

  private ZoneId zoneOf(ShopwedoTimestamp wire) {
    if (wire.zone() != null) {
      try {
        return ZoneId.of(wire.zone());
      } catch (DateTimeException e) {
        // PHP abbreviations such as "CEST" are not zone ids; the configured zone is the best guess.
      }
    }
    return zone;
  }

  private static String firstPresent(String preferred, String fallback) {
    return blankToNull(preferred) != null ? preferred : blankToNull(fallback);
  }

  private static String joined(String separator, String... parts) {
    String joined =
        Stream.of(parts)
            .map(ShopwedoMapper::blankToNull)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(separator));
    return joined.isEmpty() ? null : joined;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String text(Long id) {
    return id == null ? null : String.valueOf(id);
  }
}
