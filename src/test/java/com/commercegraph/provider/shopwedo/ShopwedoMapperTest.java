package com.commercegraph.provider.shopwedo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commercegraph.catalog.Product;
import com.commercegraph.failure.ProviderBadResponseException;
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
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopwedoMapperTest {

  private final ObjectMapper json = new ObjectMapper();
  private final ShopwedoMapper mapper = new ShopwedoMapper(ShopwedoTestConfig.brussels());

  @Test
  void documentedOrderMapsWithoutPricesAndWithSplitAddressesJoined() throws Exception {
    List<ShopwedoOrder> wire =
        json.readValue(ShopwedoStubs.payload("get-order.json"), new TypeReference<>() {});

    Order order = mapper.order(wire.get(0), Map.of(5001L, "5412345000011", 5002L, "5412345000028"));

    assertThat(order.provider()).isEqualTo(Provider.SHOPWEDO);
    assertThat(order.providerId()).isEqualTo("123");
    assertThat(order.number()).isEqualTo("WEB-1001");
    assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
    assertThat(order.providerStatus()).isEqualTo("Waiting_for_release");
    assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T14:30:00+01:00"));
    assertThat(order.updatedAt()).isNull();
    assertThat(order.total()).isNull();
    assertThat(order.shipping()).isNull();
    assertThat(order.discount()).isNull();
    assertThat(order.shippingAddress())
        .isEqualTo(
            new Address(
                "Jan Peeters",
                "Peeters BV",
                "Kerkstraat 12 box 3",
                null,
                "Mechelen",
                null,
                "2800",
                "BE",
                "+3215000000",
                "jan@example.be"));
    assertThat(order.billingAddress().line1()).isEqualTo("Bruul 1");
    assertThat(order.billingAddress().company()).isNull();
    assertThat(order.customer())
        .isEqualTo(new Customer("An Peeters", "an@example.be", "+3215111111"));
    assertThat(order.lines())
        .containsExactly(
            new OrderLine("5412345000011", "Koffiebonen 1kg", 2, null, "5001"),
            new OrderLine("5412345000028", "Filterpapier", 1, null, "5002"));
    assertThat(order.allowedTransitions()).isEmpty();
    assertThat(order.statusHistory())
        .containsExactly(
            new OrderStatusEvent(
                OrderStatus.SHIPPED,
                null,
                OffsetDateTime.parse("2024-07-01T09:15:00+02:00"),
                "last announced shipment"));
  }

  @Test
  void orderWithoutBillingAddressTakesTheCustomerFromShipping() throws Exception {
    ShopwedoOrder wire =
        json.readValue(
            """
            {"order_id": 9, "external_order_id": "X", "created_at": false, "shipped_at": false,
             "status_string": "weird",
             "shipping_address": {"firstname": "Jan", "lastname": "", "street": "Kerkstraat",
               "number": "12", "email": "jan@example.be"}}
            """,
            ShopwedoOrder.class);

    Order order = mapper.order(wire, Map.of());

    assertThat(order.customer()).isEqualTo(new Customer("Jan", "jan@example.be", null));
    assertThat(order.billingAddress()).isNull();
    assertThat(order.createdAt()).isNull();
    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order.providerStatus()).isEqualTo("weird");
    assertThat(order.lines()).isEmpty();
    assertThat(order.statusHistory()).isEmpty();
  }

  @Test
  void stockItemsMapLevelAndAtpWithWarehouseAndUpdateTime() throws Exception {
    List<ShopwedoStockItem> wire =
        json.readValue(ShopwedoStubs.payload("get-stock.json"), new TypeReference<>() {});

    ProviderPage<StockLevel> page = mapper.stockPage(wire, 10, 2);

    assertThat(page.items())
        .containsExactly(
            new StockLevel(
                Provider.SHOPWEDO,
                "5001",
                "5412345000011",
                120,
                95,
                "1",
                OffsetDateTime.parse("2024-07-01T16:45:10+02:00")),
            new StockLevel(Provider.SHOPWEDO, "5002", "5412345000028", 0, 0, "1", null));
    assertThat(page.nextPosition()).isEqualTo("12");
    assertThat(page.totalCount()).isNull();
    assertThat(mapper.stockPage(wire, 10, 50).nextPosition()).isNull();
  }

  @Test
  void productsMapEnglishTextsAndExactPriceExVatInEuro() throws Exception {
    List<ShopwedoProduct> wire =
        json.readValue(ShopwedoStubs.payload("get-products.json"), new TypeReference<>() {});

    ProviderPage<Product> page = mapper.productPage(wire, 3);

    assertThat(page.items())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("stock")
        .containsExactly(
            new Product(
                Provider.SHOPWEDO,
                "801",
                "5412345000011",
                "Coffee beans",
                "Freshly roasted",
                new Money(new BigDecimal("24.79"), "EUR"),
                false,
                null),
            new Product(
                Provider.SHOPWEDO,
                "802",
                "5412345000028",
                "Filterpapier",
                "100 pieces",
                Money.exact(new BigDecimal("8.26"), "EUR"),
                false,
                null));
    // getProducts carries the stock item's available-to-promise, not its level on hand.
    assertThat(page.items().get(0).stock().available()).isEqualTo(95);
    assertThat(page.items().get(0).stock().onHand()).isNull();
    // The stock item's own id addresses its stock; the SKU is the merchant's code on both.
    assertThat(page.items().get(0).stock().providerId()).isEqualTo("5001");
    assertThat(page.items().get(0).stock().sku()).isEqualTo("5412345000011");
    assertThat(page.nextPosition()).isNull();
  }

  @Test
  void pricesAreExactDecimalsRoundedToCentsNeverBinaryFloats() throws Exception {
    ShopwedoProduct wire =
        json.readValue(
            "{\"product_id\": 1, \"sku\": 2, \"price\": 0.30000000000000004}",
            ShopwedoProduct.class);
    ShopwedoProduct cents = json.readValue("{\"price\": 10.1}", ShopwedoProduct.class);

    assertThat(mapper.product(wire).price()).isEqualTo(Money.exact(new BigDecimal("0.30"), "EUR"));
    assertThat(mapper.product(cents).price())
        .isEqualTo(Money.exact(new BigDecimal("10.10"), "EUR"));
    assertThat(mapper.product(cents).price().amount().toPlainString()).isEqualTo("10.10");
  }

  @Test
  void datesWithoutOffsetAreBrusselsTimeAndOffsetsAreKept() {
    assertThat(mapper.time(new ShopwedoTimestamp("2024-01-15 08:00:00", null)))
        .isEqualTo(OffsetDateTime.parse("2024-01-15T08:00:00+01:00"));
    assertThat(mapper.time(new ShopwedoTimestamp("2024-07-15 08:00:00.000000", null)))
        .isEqualTo(OffsetDateTime.parse("2024-07-15T08:00:00+02:00"));
    assertThat(mapper.time(new ShopwedoTimestamp("2024-07-15T08:00:00+05:30", null)))
        .isEqualTo(OffsetDateTime.parse("2024-07-15T08:00:00+05:30"));
    assertThat(mapper.time(new ShopwedoTimestamp("2024-07-15 08:00:00+0000", null)))
        .isEqualTo(OffsetDateTime.parse("2024-07-15T08:00:00Z"));
    assertThat(mapper.time(new ShopwedoTimestamp("2024-07-15 08:00:00.000000", "UTC")).getOffset())
        .hasToString("Z");
    assertThat(mapper.time(new ShopwedoTimestamp("2024-07-15 08:00:00", "CEST")))
        .isEqualTo(OffsetDateTime.parse("2024-07-15T08:00:00+02:00"));
    assertThat(mapper.time(new ShopwedoTimestamp("2024-07-15", null)))
        .isEqualTo(OffsetDateTime.parse("2024-07-15T00:00:00+02:00"));
    assertThat(mapper.time(new ShopwedoTimestamp("0000-00-00 00:00:00", null))).isNull();
    assertThat(mapper.time(null)).isNull();
  }

  @Test
  void unreadableDateIsABadResponse() {
    assertThatThrownBy(() -> mapper.time(new ShopwedoTimestamp("yesterday", null)))
        .isInstanceOfSatisfying(
            ProviderBadResponseException.class,
            e -> assertThat(e.code()).isEqualTo("PROVIDER_BAD_RESPONSE"));
  }

  @Test
  void shopTimeIsWallClockTimeInTheConfiguredZone() {
    assertThat(mapper.shopTime(OffsetDateTime.parse("2024-07-01T12:00:00Z")))
        .isEqualTo(LocalDateTime.parse("2024-07-01T14:00:00"));
    assertThat(mapper.shopTime(OffsetDateTime.parse("2024-01-01T12:00:00-05:00")))
        .isEqualTo(LocalDateTime.parse("2024-01-01T18:00:00"));
  }
}
