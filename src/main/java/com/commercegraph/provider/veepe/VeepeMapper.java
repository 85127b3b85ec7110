package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.invoice.Invoice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.money.Money;
import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLine;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.order.OrderStatusEvent;
import com.commercegraph.payment.CheckoutLink;
import com.commercegraph.registry.Provider;
import com.commercegraph.report.Report;
import com.commercegraph.report.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** VeePe's wire records into the common model. Data VeePe sends unreadably is a bad response. */
@ApplicationScoped
public class VeepeMapper {

  private static final Map<String, String> ALPHA3_TO_ALPHA2 =
      Stream.of(Locale.getISOCountries())
          .collect(
              Collectors.toUnmodifiableMap(
                  code -> new Locale("", code).getISO3Country(), Function.identity()));

  private final ZoneId zone;

  VeepeMapper(VeepeConfig config) {
    this.zone = ZoneId.of(config.timeZone());
  }

  public Order order(VeepeOrder wire) {
    OrderStatus status = VeepeOrderStatuses.toCommon(wire.orderStatus());
    String currency = wire.amount() == null ? null : wire.amount().currency();
    Address address = address(wire.customer());
    return new Order(
        Provider.VEEPE,
        wire.orderId(),
        wire.displayOrderId(),
        status,
        wire.orderStatus(),
        time(wire.orderDate()),
        // VeePe sends no update time; its status events cover status changes only, not edits.
        null,
        money(wire.amount() == null ? null : wire.amount().value(), currency),
        null,
        null,
        customer(wire.customer()),
        // VeePe keeps one customer address for payment and delivery alike (its orders are shipped
        // and delivered, and carry delivery notes), so it is both addresses.
        address,
        address,
        lines(wire.orderDetails(), currency),
        VeepeLifecycle.allowedAfter(status),
        history(wire.orderStatusEvents()));
  }

  /**
   * A page of orders; the next position is the next page number while VeePe has more pages.
   *
   * @param requestedPage the page asked for, used where VeePe's answer leaves out {@code page}
   */
  public ProviderPage<Order> orders(VeepePage<VeepeOrder> wire, int requestedPage) {
    return page(wire, requestedPage, this::order);
  }

  public ProviderPage<Report> reports(VeepePage<VeepeReport> wire, int requestedPage) {
    return page(wire, requestedPage, this::report);
  }

  public Report report(VeepeReport wire) {
    return new Report(
        Provider.VEEPE,
        wire.reportId(),
        wire.type(),
        reportStatus(wire.status()),
        wire.message(),
        wire.downloadLink(),
        time(wire.createdAt()));
  }

  public Invoice invoice(VeepeInvoice wire) {
    return new Invoice(
        Provider.VEEPE,
        wire.invoiceId(),
        wire.orderId(),
        wire.status(),
        wire.downloadLink(),
        time(wire.createdDate()));
  }

  /**
   * The checkout session; without a session id or page URL it cannot be shared, so it is bad.
   *
   * @param orderId the order asked about, for an answer that leaves its orderId out
   */
  public CheckoutLink checkoutLink(VeepeCheckoutLink wire, String orderId) {
    if (wire.sessionId() == null || wire.checkoutPageUrl() == null) {
      throw badResponse("checkout link without sessionId or checkoutPageUrl");
    }
    return new CheckoutLink(
        Provider.VEEPE,
        wire.sessionId(),
        wire.checkoutPageUrl(),
        wire.orderId() == null ? orderId : wire.orderId(),
        time(wire.createdAt()),
        time(wire.expiresAt()));
  }

  /** ISO-8601 text with its offset kept; text without an offset is read in the configured zone. */
  OffsetDateTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        throw badResponse("unreadable timestamp");
      }
    }
  }

  /** veepe-api.txt sends alpha-3 country codes ({@code IND}); the common model has alpha-2. */
  static String countryCode(String veepeCountry) {
    if (veepeCountry == null) {
      return null;
    }
    return ALPHA3_TO_ALPHA2.getOrDefault(veepeCountry.toUpperCase(Locale.ROOT), veepeCountry);
  }

  private <W, T> ProviderPage<T> page(VeepePage<W> wire, int requestedPage, Function<W, T> item) {
    List<W> data = wire.data() == null ? List.of() : wire.data();
    int page = wire.page() == null ? requestedPage : wire.page();
    // Without totalPages VeePe gives no sign of more pages, so the list ends here.
    boolean more = wire.totalPages() != null && page < wire.totalPages();
    return new ProviderPage<>(
        data.stream().map(item).toList(),
        more ? String.valueOf(page + 1) : null,
        wire.totalRecords());
  }

  private static ReportStatus reportStatus(String status) {
    if (status == null) {
      return ReportStatus.PENDING;
    }
    return switch (status.trim().toUpperCase(Locale.ROOT)) {
      case "COMPLETED" -> ReportStatus.COMPLETED;
      case "FAILED" -> ReportStatus.FAILED;
      // veepe-api.txt lists PENDING, COMPLETED, FAILED; any other status is most likely another
      // step before completion, and a report without a download link is not ready either way.
      default -> ReportStatus.PENDING;
    };
  }

  private static Customer customer(VeepeCustomer wire) {
    return wire == null ? null : new Customer(wire.name(), wire.email(), wire.phone());
  }

  private static Address address(VeepeCustomer customer) {
    if (customer == null || customer.address() == null) {
      return null;
    }
    VeepeAddress wire = customer.address();
    return new Address(
        customer.name(),
        null,
        wire.street(),
        null,
        wire.city(),
        wire.state(),
        wire.postalCode(),
        countryCode(wire.country()),
        customer.phone(),
        customer.email());
  }

  private static List<OrderLine> lines(VeepeOrderDetails details, String currency) {
    if (details == null || details.items() == null) {
      return List.of();
    }
    return details.items().stream()
        .map(
            item ->
                new OrderLine(
                    // VeePe items have no SKU and no product id: a name only.
                    null,
                    item.name(),
                    item.quantity() == null ? 0 : item.quantity(),
                    money(item.unitPrice(), currency),
                    item.unitPrice() == null || item.quantity() == null
                        ? null
                        : money(Math.multiplyExact(item.unitPrice(), item.quantity()), currency),
                    // veepe-api.txt has no discounts and does not say whether its amounts include
                    // tax (only that invoices list "taxes"), so neither is claimed.
                    null,
                    null,
                    null,
                    null))
        .toList();
  }

  private List<OrderStatusEvent> history(List<VeepeStatusEvent> events) {
    if (events == null) {
      return List.of();
    }
    return events.stream()
        .filter(event -> event.payload() != null)
        .map(
            event ->
                new OrderStatusEvent(
                    VeepeOrderStatuses.toCommon(event.payload().orderStatus()),
                    event.payload().orderStatus(),
                    time(event.payload().createdAt()),
                    event.payload().orderStatusComment()))
        .toList();
  }

  /** veepe-api.txt: all monetary values are integers in minor units. */
  private static Money money(Long minorUnits, String currency) {
    if (minorUnits == null) {
      return null;
    }
    if (currency == null) {
      throw badResponse("amount without a currency");
    }
    try {
      return Money.ofMinor(minorUnits, currency);
    } catch (IllegalArgumentException e) {
      throw badResponse("amount without a valid ISO 4217 currency");
    }
  }

  private static ProviderBadResponseException badResponse(String what) {
    return new ProviderBadResponseException(
        new ProviderFailure(Provider.VEEPE, null, null, what, false));
  }
}
