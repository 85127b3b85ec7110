package com.commercegraph.provider.veepe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.invoice.Invoice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.money.Money;
import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLine;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.order.OrderStatusEvent;
import com.commercegraph.registry.Provider;
import com.commercegraph.report.Report;
import com.commercegraph.report.ReportStatus;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** VeePe's documented payloads into the common model; the configured time zone is UTC. */
@QuarkusTest
class VeepeMapperTest {

  @Inject VeepeMapper mapper;
  @Inject ObjectMapper json;

  @Test
  void everyVeepeStatusMapsOntoTheCommonStatusOfTheSameNameAndOthersOntoUnknown() {
    Map<String, OrderStatus> table = new LinkedHashMap<>();
    table.put("OPEN", OrderStatus.OPEN);
    table.put("CONFIRMED", OrderStatus.CONFIRMED);
    table.put("PROCESSING", OrderStatus.PROCESSING);
    table.put("SHIPPED", OrderStatus.SHIPPED);
    table.put("DELIVERED", OrderStatus.DELIVERED);
    table.put("CANCELLED", OrderStatus.CANCELLED);
    table.put("REFUNDED", OrderStatus.REFUNDED);
    table.put("FAILED", OrderStatus.FAILED);
    table.put("CLOSED", OrderStatus.CLOSED);
    table.put("COMPLETED", OrderStatus.UNKNOWN);
    table.put("ON_HOLD", OrderStatus.UNKNOWN);
    table.put("", OrderStatus.UNKNOWN);

    table.forEach(
        (veepe, common) -> {
          Order order = mapper.order(orderWithStatus(veepe));
          assertThat(order.status()).as(veepe).isEqualTo(common);
          assertThat(order.providerStatus()).isEqualTo(veepe);
        });
    assertThat(VeepeOrderStatuses.toCommon(null)).isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void allowedTransitionsFollowVeepesLifecycleTable() {
    Map<OrderStatus, List<OrderStatus>> lifecycle = new LinkedHashMap<>();
    lifecycle.put(
        OrderStatus.OPEN,
        List.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderStatus.FAILED));
    lifecycle.put(OrderStatus.CONFIRMED, List.of(OrderStatus.PROCESSING, OrderStatus.CANCELLED));
    lifecycle.put(OrderStatus.PROCESSING, List.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED));
    lifecycle.put(OrderStatus.SHIPPED, List.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED));
    lifecycle.put(OrderStatus.DELIVERED, List.of(OrderStatus.REFUNDED, OrderStatus.CLOSED));
    lifecycle.put(OrderStatus.CANCELLED, List.of(OrderStatus.REFUNDED, OrderStatus.CLOSED));
    lifecycle.put(OrderStatus.FAILED, List.of(OrderStatus.CLOSED));
    lifecycle.put(OrderStatus.REFUNDED, List.of(OrderStatus.CLOSED));
    lifecycle.put(OrderStatus.CLOSED, List.of());
    lifecycle.put(OrderStatus.UNKNOWN, List.of());

    lifecycle.forEach(
        (status, next) ->
            assertThat(mapper.order(orderWithStatus(status.name())).allowedTransitions())
                .as(status.name())
                .containsExactlyElementsOf(next));
  }

  @Test
  void documentedOrderMapsIntoTheCommonOrder() throws Exception {
    Order order = mapper.order(sample("order.json", VeepeOrder.class));

    assertThat(order.provider()).isEqualTo(Provider.VEEPE);
    assertThat(order.providerId()).isEqualTo("6d8bf86d-3758-45ae-ad67-0f682ba64f63");
    assertThat(order.number()).isEqualTo("ORD-119123-VX");
    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(order.createdAt())
        .isEqualTo(OffsetDateTime.of(2026, 1, 7, 17, 42, 3, 706_000_000, ZoneOffset.UTC));
    assertThat(order.updatedAt()).isNull();
    assertThat(order.total()).isEqualTo(new Money(new BigDecimal("80.00"), "INR"));
    assertThat(order.shipping()).isNull();
    assertThat(order.discount()).isNull();
    assertThat(order.customer())
        .isEqualTo(new Customer("Vikas", "Vikas.pandey@optivest.com", "+1234567890"));
    Address address =
        new Address(
            "Vikas",
            null,
            "123 Main St",
            null,
            "New York",
            "NY",
            "10001",
            "IN",
            "+1234567890",
            "Vikas.pandey@optivest.com");
    assertThat(order.shippingAddress()).isEqualTo(address);
    assertThat(order.billingAddress()).isEqualTo(address);
    assertThat(order.lines())
        .containsExactly(
            new OrderLine(
                null,
                "Product A",
                2,
                new Money(new BigDecimal("20.00"), "INR"),
                new Money(new BigDecimal("40.00"), "INR"),
                null,
                null,
                null,
                null),
            new OrderLine(
                null,
                "Product B",
                1,
                new Money(new BigDecimal("40.00"), "INR"),
                new Money(new BigDecimal("40.00"), "INR"),
                null,
                null,
                null,
                null));
    assertThat(order.allowedTransitions())
        .containsExactly(OrderStatus.PROCESSING, OrderStatus.CANCELLED);
    assertThat(order.statusHistory())
        .containsExactly(
            new OrderStatusEvent(
                OrderStatus.CONFIRMED,
                "CONFIRMED",
                OffsetDateTime.of(2026, 1, 8, 10, 3, 47, 666_786_093, ZoneOffset.UTC),
                "Order CONFIRMED"));
  }

  @Test
  void createdOrderReadsItsTotalFromAmount() throws Exception {
    Order order = mapper.order(sample("order-created.json", VeepeOrder.class));

    assertThat(order.total()).isEqualTo(new Money(new BigDecimal("5.00"), "INR"));
    assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
    assertThat(order.createdAt().getNano()).isEqualTo(318_977_886);
  }

  @Test
  void minorUnitsBecomeExactAmountsInTheCurrencysDecimals() throws Exception {
    assertThat(totalOf("{\"orderAmount\": {\"value\": 1999, \"currency\": \"INR\"}}"))
        .isEqualTo(new Money(new BigDecimal("19.99"), "INR"));
    assertThat(totalOf("{\"orderAmount\": {\"value\": 500, \"currency\": \"JPY\"}}"))
        .isEqualTo(new Money(new BigDecimal("500"), "JPY"));
    assertThat(totalOf("{\"orderAmount\": {\"value\": 1234, \"currency\": \"KWD\"}}"))
        .isEqualTo(new Money(new BigDecimal("1.234"), "KWD"));
    // Beyond a double's 53-bit precision: must not pass through floating point.
    assertThat(totalOf("{\"orderAmount\": {\"value\": 9007199254740993, \"currency\": \"USD\"}}"))
        .isEqualTo(new Money(new BigDecimal("90071992547409.93"), "USD"));
  }

  @Test
  void amountWithoutAValidCurrencyIsABadResponse() {
    ProviderBadResponseException noCurrency =
        catchThrowableOfType(
            ProviderBadResponseException.class,
            () -> totalOf("{\"orderAmount\": {\"value\": 100}}"));
    ProviderBadResponseException unknownCurrency =
        catchThrowableOfType(
            ProviderBadResponseException.class,
            () -> totalOf("{\"orderAmount\": {\"value\": 100, \"currency\": \"RUPEES\"}}"));

    assertThat(noCurrency.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
    assertThat(unknownCurrency.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
  }

  @Test
  void timesKeepTheirOffsetAndTimesWithoutOneAreReadInTheConfiguredZone() {
    assertThat(mapper.time("2026-01-08T10:03:47.5+05:30"))
        .isEqualTo(
            OffsetDateTime.of(
                2026, 1, 8, 10, 3, 47, 500_000_000, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(mapper.time("2026-01-08T10:03:47Z").getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(mapper.time("2026-01-08T10:03:47"))
        .isEqualTo(OffsetDateTime.of(2026, 1, 8, 10, 3, 47, 0, ZoneOffset.UTC));
    assertThat(mapper.time(null)).isNull();
    assertThat(
            catchThrowableOfType(
                ProviderBadResponseException.class, () -> mapper.time("yesterday")))
        .isNotNull();
  }

  @Test
  void alpha3CountryCodesBecomeAlpha2AndUnknownCodesStayAsGiven() {
    assertThat(VeepeMapper.countryCode("IND")).isEqualTo("IN");
    assertThat(VeepeMapper.countryCode("USA")).isEqualTo("US");
    assertThat(VeepeMapper.countryCode("DEU")).isEqualTo("DE");
    assertThat(VeepeMapper.countryCode("gbr")).isEqualTo("GB");
    assertThat(VeepeMapper.countryCode("XYZ")).isEqualTo("XYZ");
    assertThat(VeepeMapper.countryCode("IN")).isEqualTo("IN");
    assertThat(VeepeMapper.countryCode(null)).isNull();
  }

  @Test
  void orderPageOffersTheNextPageUntilTheLast() throws Exception {
    VeepePage<VeepeOrder> first = sample("orders-page.json", new TypeReference<>() {});
    VeepePage<VeepeOrder> last = new VeepePage<>(84L, 9, 9, first.data());
    VeepePage<VeepeOrder> withoutPage = new VeepePage<>(84L, 9, null, first.data());

    ProviderPage<Order> firstPage = mapper.orders(first, 1);

    assertThat(firstPage.nextPosition()).isEqualTo("2");
    assertThat(firstPage.totalCount()).isEqualTo(84L);
    assertThat(firstPage.items()).extracting(Order::number).containsExactly("ORD-119123-VX");
    assertThat(mapper.orders(last, 9).nextPosition()).isNull();
    assertThat(mapper.orders(withoutPage, 4).nextPosition()).isEqualTo("5");
    assertThat(mapper.orders(new VeepePage<>(null, null, null, null), 1))
        .isEqualTo(new ProviderPage<Order>(List.of(), null, null));
  }

  @Test
  void reportsMapWithTheirStatusesAndTheLastPageHasNoNextPosition() throws Exception {
    VeepePage<VeepeReport> page = sample("reports-page.json", new TypeReference<>() {});

    ProviderPage<Report> reports = mapper.reports(page, 1);

    assertThat(reports.nextPosition()).isNull();
    assertThat(reports.totalCount()).isEqualTo(2L);
    assertThat(reports.items())
        .first()
        .isEqualTo(
            new Report(
                Provider.VEEPE,
                "ab03a1b5-1179-4a68-9062-1921ffb01ae8",
                "TRANSACTIONS_REPORT",
                ReportStatus.COMPLETED,
                null,
                "https://someurl/ab03a1b5-1179-4a68-9062-1921ffb01ae8.pdf",
                OffsetDateTime.of(2026, 1, 8, 11, 16, 46, 371_000_000, ZoneOffset.UTC)));
    assertThat(
            Map.of(
                "PENDING", reportStatusOf("PENDING"),
                "COMPLETED", reportStatusOf("COMPLETED"),
                "FAILED", reportStatusOf("FAILED"),
                "IN_PROGRESS", reportStatusOf("IN_PROGRESS")))
        .containsOnly(
            entry("PENDING", ReportStatus.PENDING),
            entry("COMPLETED", ReportStatus.COMPLETED),
            entry("FAILED", ReportStatus.FAILED),
            entry("IN_PROGRESS", ReportStatus.PENDING));
  }

  @Test
  void invoiceMapsWithStatusAndDownloadLink() throws Exception {
    Invoice invoice = mapper.invoice(sample("invoice.json", VeepeInvoice.class));
    Invoice created = mapper.invoice(sample("invoice-created.json", VeepeInvoice.class));

    assertThat(invoice)
        .isEqualTo(
            new Invoice(
                Provider.VEEPE,
                "49de56b1-22b8-41ec-9945-668085295e3e",
                "c8826e17-51a0-4f91-bfce-2182deeb8abb",
                "COMPLETED",
                "https://someurl/c8826e17-51a0-4f91-bfce-2182deeb8abb.pdf",
                OffsetDateTime.of(2026, 1, 8, 11, 44, 31, 277_000_000, ZoneOffset.UTC)));
    assertThat(created.status()).isNull();
    assertThat(created.createdAt().getNano()).isEqualTo(277_598_511);
  }

  private ReportStatus reportStatusOf(String status) {
    return mapper.report(new VeepeReport("r", "ORDER_REPORT", status, null, null, null)).status();
  }

  private Money totalOf(String orderJson) throws Exception {
    return mapper.order(json.readValue(orderJson, VeepeOrder.class)).total();
  }

  private static VeepeOrder orderWithStatus(String status) {
    return new VeepeOrder(
        "ORD-1", "id-1", "SALE", "APP", null, null, "ref-1", null, status, null, null, null);
  }

  private <T> T sample(String name, Class<T> type) throws Exception {
    return json.readValue(VeepeStubs.payload(name), type);
  }

  private <T> T sample(String name, TypeReference<T> type) throws Exception {
    return json.readValue(VeepeStubs.payload(name), type);
  }
}
