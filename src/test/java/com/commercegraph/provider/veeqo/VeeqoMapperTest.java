package com.commercegraph.provider.veeqo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.catalog.Product;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.money.Money;
import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLine;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockLevel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Veeqo's documented payloads in the common model. */
@QuarkusTest
class VeeqoMapperTest {

  @Inject VeeqoMapper mapper;

  @Inject ObjectMapper json;

  @Test
  void everyDocumentedStatusHasItsCommonStatusAndAnythingElseIsUnknown() throws Exception {
    List<String> documented =
        json.readValue(VeeqoStubs.payload("order_statuses.json"), new TypeReference<>() {});
    Map<String, OrderStatus> mapped = new LinkedHashMap<>();
    documented.forEach(status -> mapped.put(status, VeeqoStatuses.of(status)));

    assertThat(mapped)
        .containsExactly(
            Map.entry("awaiting_payment", OrderStatus.OPEN),
            Map.entry("awaiting_stock", OrderStatus.CONFIRMED),
            Map.entry("awaiting_fulfillment", OrderStatus.PROCESSING),
            Map.entry("shipped", OrderStatus.SHIPPED),
            Map.entry("on_hold", OrderStatus.ON_HOLD),
            Map.entry("cancelled", OrderStatus.CANCELLED),
            Map.entry("refunded", OrderStatus.REFUNDED));
    assertThat(VeeqoStatuses.of("partially_shipped")).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(VeeqoStatuses.of("Shipped")).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(VeeqoStatuses.of(null)).isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void documentedOrderMapsWithTheChannelCurrencyAndExactMoney() throws Exception {
    Order order = mapper.order(sampleOrder());

    assertThat(order.provider()).isEqualTo(Provider.VEEQO);
    assertThat(order.providerId()).isEqualTo("13359622");
    assertThat(order.number()).isEqualTo("rdr1234");
    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(order.providerStatus()).isEqualTo("awaiting_stock");
    assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2018-01-19T18:11:06.820Z"));
    assertThat(order.updatedAt()).isEqualTo(OffsetDateTime.parse("2018-01-19T18:11:07.098Z"));
    assertThat(order.total()).isEqualTo(new Money(new BigDecimal("213.04"), "GBP"));
    assertThat(order.shipping()).isEqualTo(new Money(new BigDecimal("2.00"), "GBP"));
    assertThat(order.discount()).isEqualTo(new Money(new BigDecimal("49.50"), "GBP"));
    assertThat(order.customer())
        .isEqualTo(new Customer("Frodo Baggins", "baggins@ringbearers.org", "07891234567"));
    assertThat(order.shippingAddress())
        .isEqualTo(
            new Address(
                "Samwise Gamgee",
                "The Fellowship",
                "Bag End",
                "Hobbiton",
                "Shire",
                "Middle Earth",
                "SH1 1BG",
                "GB",
                "07891234567",
                "Gamgee@fellowship.net"));
    assertThat(order.billingAddress().name()).isEqualTo("Frodo Baggins");
    assertThat(order.billingAddress().line1()).isEqualTo("The New Bag End");
    assertThat(order.billingAddress().postalCode()).isEqualTo("VA1 1NB");
    assertThat(order.lines())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("product")
        .containsExactly(
            new OrderLine(
                "g-dog-2",
                "Golden Retriever Dog - Title Puppy - ProdVariantTitle",
                1,
                new Money(new BigDecimal("150.00"), "GBP"),
                // orders.md: taxless_discount_per_unit 30.0, taken off before tax
                new Money(new BigDecimal("120.00"), "GBP"),
                new Money(new BigDecimal("30.00"), "GBP"),
                false,
                "8851441/14358568",
                null),
            new OrderLine(
                "M2IEG-B",
                "Sennheiser Momentum In-Ear Black",
                1,
                new Money(new BigDecimal("75.00"), "GBP"),
                new Money(new BigDecimal("75.00"), "GBP"),
                new Money(new BigDecimal("0.00"), "GBP"),
                false,
                "5793641/13847534",
                null));
    // orders.md: lines embed the sellable and its product, stock included: no look-up needed.
    Product embedded = order.lines().get(0).product();
    assertThat(embedded.providerId()).isEqualTo("8851441/14358568");
    assertThat(embedded.description()).isEqualTo("Golden Retriever Dog - Description");
    assertThat(embedded.stock().providerId()).isEqualTo("8851441/14358568/0");
    assertThat(embedded.stock().onHand()).isEqualTo(109);
    assertThat(embedded.stock().available()).isEqualTo(96);
    assertThat(embedded.stock().warehouse()).isNull();
    assertThat(order.allowedTransitions()).isEmpty();
    assertThat(order.statusHistory()).isEmpty();
  }

  @Test
  void anOrderCurrencyWinsOverTheChannelCurrency() throws Exception {
    ObjectNode raw = sampleOrderJson();
    raw.put("currency_code", "USD");

    Order order = mapper.order(json.treeToValue(raw, VeeqoOrder.class));

    assertThat(order.total().currencyCode()).isEqualTo("USD");
    assertThat(order.lines().get(0).unitPrice().currencyCode()).isEqualTo("USD");
  }

  @Test
  void moneyIsExactInTheCurrencysMinorUnitAndFloatNoiseIsRoundedOff() throws Exception {
    Order noisy = mapper.order(orderWith("GBP", "{\"total_price\": 19.990000000000002}"));
    Order yen = mapper.order(orderWith("JPY", "{\"total_price\": 1500}"));
    Order dinar = mapper.order(orderWith("KWD", "{\"total_price\": 12.345}"));
    Order tiny = mapper.order(orderWith("GBP", "{\"total_price\": 0.1}"));

    assertThat(noisy.total()).isEqualTo(new Money(new BigDecimal("19.99"), "GBP"));
    assertThat(yen.total()).isEqualTo(new Money(new BigDecimal("1500"), "JPY"));
    assertThat(dinar.total()).isEqualTo(new Money(new BigDecimal("12.345"), "KWD"));
    assertThat(tiny.total().minorUnits()).hasToString("10");
  }

  @Test
  void timesKeepTheOffsetVeeqoSentAndTimesWithoutOneAreUtc() throws Exception {
    Order withOffset =
        mapper.order(
            orderWith(
                "GBP",
                "{\"created_at\": \"2018-01-19T19:11:06.820+01:00\","
                    + " \"updated_at\": \"2018-01-19T18:11:07\"}"));

    assertThat(withOffset.createdAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(withOffset.createdAt().toInstant())
        .isEqualTo(OffsetDateTime.parse("2018-01-19T18:11:06.820Z").toInstant());
    assertThat(withOffset.updatedAt()).isEqualTo(OffsetDateTime.parse("2018-01-19T18:11:07Z"));
  }

  @Test
  void anUnreadableTimeIsABadResponse() throws Exception {
    VeeqoOrder order = orderWith("GBP", "{\"created_at\": \"19/01/2018\"}");

    ProviderBadResponseException e =
        catchThrowableOfType(ProviderBadResponseException.class, () -> mapper.order(order));

    assertThat(e.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
    assertThat(e.provider()).isEqualTo(Provider.VEEQO);
  }

  @Test
  void eachSellableIsOneProductPricedInTheConfiguredCurrency() throws Exception {
    List<VeeqoProduct> products =
        json.readValue(VeeqoStubs.payload("products/index.json"), new TypeReference<>() {});

    ProviderPage<Product> page = mapper.products(new VeeqoPage<>(products, 1, 12, 7L, null));

    assertThat(page.items()).hasSize(10);
    assertThat(page.nextPosition()).isNull();
    assertThat(page.totalCount()).isNull();
    Product first = page.items().get(0);
    assertThat(first)
        .usingRecursiveComparison()
        .ignoringFields("stock")
        .isEqualTo(
            new Product(
                Provider.VEEQO,
                "8636420/14144703",
                "g-dog-2",
                "Golden Retriever Dog - Title Puppy - ProdVariantTitle",
                "Golden Retriever Dog - Description",
                new Money(new BigDecimal("150.00"), "GBP"),
                false,
                null));
    // One warehouse entry in the sample: the product's stock is that warehouse's, addressed as
    // product/sellable/0 (all warehouses).
    assertThat(first.stock().providerId()).isEqualTo("8636420/14144703/0");
    assertThat(first.stock().sku()).isEqualTo("g-dog-2");
    assertThat(first.stock().onHand()).isZero();
    assertThat(page.items())
        .filteredOn(product -> product.sku().equals("MB829Z/A"))
        .singleElement()
        .extracting(Product::price)
        .isEqualTo(new Money(new BigDecimal("25.99"), "GBP"));
  }

  @Test
  void eachStockEntryOfASellableIsOneStockLevelPerWarehouse() throws Exception {
    VeeqoSellable puppy = sampleOrder().lineItems().get(0).sellable();
    VeeqoProduct product =
        new VeeqoProduct(
            8851441L, "Golden Retriever Dog - Title", null, null, null, List.of(puppy));

    List<StockLevel> levels = mapper.stockLevels(product);

    assertThat(levels)
        .containsExactly(
            new StockLevel(
                Provider.VEEQO,
                "14358568/12345",
                "g-dog-2",
                9,
                -4,
                "My Warehouse",
                OffsetDateTime.parse("2018-01-19T18:08:36.077Z")),
            new StockLevel(
                Provider.VEEQO,
                "14358568/12345",
                "g-dog-2",
                100,
                100,
                "Warehouse #2",
                OffsetDateTime.parse("2018-01-19T18:08:06.694Z")));
  }

  @Test
  void infiniteStockHasNoAvailableNumberAndAnUnnamedWarehouseIsItsId() throws Exception {
    ObjectNode raw = (ObjectNode) json.readTree(VeeqoStubs.payload("stock_entries/show.json"));
    raw.put("infinite", true);
    raw.remove("warehouse");

    StockLevel level = mapper.stockLevel(json.treeToValue(raw, VeeqoStockEntry.class), "SKU-1");

    assertThat(level.providerId()).isEqualTo("14504036/22668");
    assertThat(level.sku()).isEqualTo("SKU-1");
    assertThat(level.available()).isNull();
    assertThat(level.warehouse()).isEqualTo("22668");
  }

  @Test
  void orderPagesCarryVeeqosNextPageAndTotal() throws Exception {
    ProviderPage<Order> page = mapper.orders(new VeeqoPage<>(List.of(sampleOrder()), 2, 1, 3L, 3));

    assertThat(page.items()).extracting(Order::providerId).containsExactly("13359622");
    assertThat(page.nextPosition()).isEqualTo("3");
    assertThat(page.totalCount()).isEqualTo(3L);
  }

  private VeeqoOrder sampleOrder() throws JsonProcessingException {
    return json.treeToValue(sampleOrderJson(), VeeqoOrder.class);
  }

  private ObjectNode sampleOrderJson() throws JsonProcessingException {
    return (ObjectNode) json.readTree(VeeqoStubs.payload("orders/show.json"));
  }

  private VeeqoOrder orderWith(String channelCurrency, String fields)
      throws JsonProcessingException {
    ObjectNode raw = sampleOrderJson();
    ((ObjectNode) raw.get("channel")).put("currency_code", channelCurrency);
    raw.setAll((ObjectNode) json.readTree(fields));
    return json.treeToValue(raw, VeeqoOrder.class);
  }
}
