package com.commercegraph.provider.recplus;

import com.commercegraph.catalog.Product;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * REC+ wire records into the common model. Decimal strings are kept exact (a value with more
 * decimals than the currency is a bad response, not something to round away); only REC+'s computed
 * float fields are rounded, see {@link RecplusOrderLines}. Blank strings, which REC+ sends for
 * empty fields, become null.
 */
@ApplicationScoped
public class RecplusMapper {

  private final RecplusStatusTable statuses;
  private final String currency;
  private final ZoneId siteZone;

  RecplusMapper(RecplusConfig config, RecplusStatusTable statuses) {
    this.statuses = statuses;
    this.currency = config.currency();
    this.siteZone = ZoneId.of(config.timeZone());
  }

  /**
   * An order. Its number is the REC+ id; REC+ has no update time, status history or lifecycle, so
   * those stay empty. {@code total} is {@code totals.price}, the amount to pay incl. VAT after
   * coupons; {@code shipping} sums the DELIVERY lines and {@code discount} is the COUPON lines'
   * (negative) sum made positive plus the product lines' own discounts, each null when the order
   * has no such line or discount.
   */
  public Order order(RecplusOrder order) {
    List<RecplusOrderLine> lines = order.lines();
    List<OrderLine> productLines = RecplusOrderLines.productLines(lines, currency);
    BigDecimal coupons = RecplusOrderLines.total(lines, RecplusOrderLine.COUPON);
    BigDecimal discount = coupons == null ? null : coupons.negate();
    for (OrderLine line : productLines) {
      if (line.discount() != null && line.discount().amount().signum() != 0) {
        discount =
            discount == null ? line.discount().amount() : discount.add(line.discount().amount());
      }
    }
    RecplusUser user = order.user();
    String id = String.valueOf(order.id());
    return new Order(
        Provider.RECPLUS,
        id,
        id,
        statuses.statusOf(order.status()),
        order.status(),
        siteTime(order.startDate()),
        null,
        money(order.totals() == null ? null : order.totals().price()),
        money(RecplusOrderLines.total(lines, RecplusOrderLine.DELIVERY)),
        discount == null ? null : Money.rounded(discount, currency),
        customer(user),
        address(order.deliveryAddress(), null),
        user == null ? null : address(user.billingAddress(), text(user.email())),
        productLines,
        List.of(),
        List.of());
  }

  /**
   * A product; its SKU is the REC+ code. The price is the special offer price when REC+ gives one
   * above zero (it sends "0.00" for none), else the normal price: a product list has no offer dates
   * to check, and REC+ shows the offer price on the site while it is set. Prices are as the site
   * shows them, incl. VAT (the gateway never asks for {@code use_non_vat_prices}).
   */
  public Product product(RecplusProduct product) {
    RecplusPrice price = product.price();
    BigDecimal current = null;
    if (price != null) {
      boolean onOffer = price.specialOffer() != null && price.specialOffer().signum() > 0;
      current = onOffer ? price.specialOffer() : price.normal();
    }
    return new Product(
        Provider.RECPLUS,
        String.valueOf(product.id()),
        text(product.code()),
        product.name(),
        text(product.desc()),
        money(current),
        RecplusOrderLines.TAX_INCLUDED,
        stockLevel(product).orElse(null));
  }

  /**
   * Stock of one code. REC+ keeps one count per code, taken down as orders are placed, so it is
   * both what is on hand and what is free to sell; REC+ has one stock location and no update time.
   */
  public StockLevel stockLevel(RecplusStockItem item) {
    return new StockLevel(
        Provider.RECPLUS, item.code(), item.code(), item.stock(), item.stock(), null, null);
  }

  /** The stock a product's full data carries ({@code stock.qty}); empty in basic list data. */
  public Optional<StockLevel> stockLevel(RecplusProduct product) {
    if (product.stock() == null || product.stock().qty() == null || text(product.code()) == null) {
      return Optional.empty();
    }
    return Optional.of(
        stockLevel(new RecplusStockItem(product.code(), product.stock().qty(), null)));
  }

  /**
   * A list page. REC+ pages by offset: each item's position is its offset, the next position is
   * {@code offset + limit} while {@code paging.next_page_href} is set, null on the last page.
   *
   * @param offset what was asked for, used where REC+'s {@code paging} leaves it out
   * @param limit what was asked for, used where REC+'s {@code paging} leaves it out
   */
  public <W, T> ProviderPage<T> page(
      RecplusListPage<W> page, long offset, int limit, Function<W, T> map) {
    RecplusPaging paging = page.paging();
    String next = null;
    if (paging != null && paging.nextPageHref() != null) {
      long from = paging.offset() == null ? offset : paging.offset();
      int size = paging.limit() == null ? limit : paging.limit();
      next = String.valueOf(from + size);
    }
    return ProviderPage.numbered(
        page.items().stream().map(map).toList(), offset, 1, next, page.totalCount(), offset == 0);
  }

  /**
   * recplus-api.txt: "YYYY-MM-DDTHH:MM:SS (Timezone is the site timezone, e.g. Europe/London)". The
   * offset is the zone's at that moment (BST or GMT). Blank and all-zero dates, which REC+ uses for
   * "never" ({@code 0000-00-00 00:00:00}), give null.
   */
  OffsetDateTime siteTime(String text) {
    String value = text(text);
    if (value == null || value.startsWith("0000-00-00")) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.replace(' ', 'T')).atZone(siteZone).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw badResponse("unreadable date", e);
    }
  }

  private Customer customer(RecplusUser user) {
    if (user == null) {
      return null;
    }
    String phone = user.billingAddress() == null ? null : phone(user.billingAddress());
    return new Customer(text(user.fullName()), text(user.email()), phone);
  }

  private static Address address(RecplusAddress address, String email) {
    if (address == null) {
      return null;
    }
    RecplusRegion region = address.region();
    return new Address(
        text(address.recipientName()),
        text(address.businessName()),
        text(address.line1()),
        text(address.line2()),
        text(address.town()),
        region == null ? null : text(region.county()),
        text(address.postCode()),
        region == null ? null : RecplusCountries.code(region.country()),
        phone(address),
        email);
  }

  private static String phone(RecplusAddress address) {
    String tel = text(address.telNo());
    return tel != null ? tel : text(address.mobileTelNo());
  }

  private Money money(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    try {
      return Money.exact(amount, currency);
    } catch (ArithmeticException e) {
      throw badResponse("amount with more decimals than " + currency, e);
    }
  }

  private static ProviderBadResponseException badResponse(String what, Exception cause) {
    return new ProviderBadResponseException(
        new ProviderFailure(Provider.RECPLUS, null, null, what, false), cause);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
