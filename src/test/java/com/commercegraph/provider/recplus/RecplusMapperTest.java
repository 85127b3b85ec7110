package com.commercegraph.provider.recplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import com.commercegraph.catalog.Product;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.money.Money;
import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLine;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockLevel;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** REC+ wire records into the common model, with the default site settings (GBP, Europe/London). */
@QuarkusTest
class RecplusMapperTest {

  @Inject RecplusMapper mapper;
  @Inject RecplusStatusTable statuses;
  @Inject ObjectMapper json;

  @Test
  void statusTextsMapByTheDefaultTableIgnoringCaseAndTheRestIsUnknown() {
    Map<String, OrderStatus> expected = new LinkedHashMap<>();
    expected.put("Pending", OrderStatus.OPEN);
    expected.put("Awaiting Payment", OrderStatus.OPEN);
    expected.put("Payment Received", OrderStatus.CONFIRMED);
    expected.put("payment received", OrderStatus.CONFIRMED);
    expected.put("Processing", OrderStatus.PROCESSING);
    expected.put("Dispatched", OrderStatus.SHIPPED);
    expected.put(" SHIPPED ", OrderStatus.SHIPPED);
    expected.put("Delivered", OrderStatus.DELIVERED);
    expected.put("Cancelled", OrderStatus.CANCELLED);
    expected.put("Refunded", OrderStatus.REFUNDED);
    expected.put("On Hold", OrderStatus.ON_HOLD);
    expected.put("Awaiting Collection", OrderStatus.UNKNOWN);
    expected.put("", OrderStatus.UNKNOWN);

    Map<String, OrderStatus> actual = new LinkedHashMap<>();
    expected.keySet().forEach(text -> actual.put(text, statuses.statusOf(text)));

    assertThat(actual).containsExactlyEntriesOf(expected);
    assertThat(statuses.statusOf(null)).isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void unmappedStatusIsUnknownAndKeepsTheSiteText() throws Exception {
    RecplusOrder wire = order("{\"id\": 7, \"status\": \"Awaiting Collection\"}");

    Order order = mapper.order(wire);

    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order.providerStatus()).isEqualTo("Awaiting Collection");
  }

  @Test
  void documentedOrderMapsHeaderCustomerAndAddresses() throws Exception {
    Order order = mapper.order(order(RecplusStubs.payload("order.json")));

    assertThat(order.provider()).isEqualTo(Provider.RECPLUS);
    assertThat(order.providerId()).isEqualTo("112312");
    assertThat(order.number()).isEqualTo("112312");
    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(order.providerStatus()).isEqualTo("Payment Received");
    assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2023-07-26T00:03:07+01:00"));
    assertThat(order.updatedAt()).isNull();
    assertThat(order.customer())
        .isEqualTo(new Customer("Bob Smith", "bob@smithnet.co.uk", "07123456789"));
    assertThat(order.billingAddress())
        .isEqualTo(
            new Address(
                "Bob Smith",
                null,
                "12 Fake Street",
                null,
                "Worcester",
                "Alabama",
                "WR1 1AB",
                "US",
                "07123456789",
                "bob@smithnet.co.uk"));
    assertThat(order.shippingAddress())
        .isEqualTo(
            new Address(
                "Bob Smith",
                null,
                "12 Fake Street",
                null,
                "Worcester",
                "Worcestershire",
                "WR1 1AB",
                "GB",
                "07123456789",
                null));
    assertThat(order.allowedTransitions()).isEmpty();
    assertThat(order.statusHistory()).isEmpty();
  }

  @Test
  void documentedOrderFoldsOptionsIntoProductLinesAndDeliveryAndCouponIntoTotals()
      throws Exception {
    Order order = mapper.order(order(RecplusStubs.payload("order.json")));

    assertThat(order.lines())
        .containsExactly(
            new OrderLine(
                "Sauce-1105410-yes-yes",
                "Traeger Texas Spicy BBQ Sauce 16oz (Multi Pack: Yes, Saver Discount: Yes)",
                1,
                gbp("137.40"),
                gbp("137.40"),
                gbp("0.00"),
                true,
                "58661",
                null),
            new OrderLine(
                "Sauce-997706",
                "Tubby Tom's The Squealer Hot Sauce 150g",
                2,
                gbp("8.40"),
                gbp("16.80"),
                gbp("0.00"),
                true,
                "58662",
                null));
    assertThat(order.total()).isEqualTo(gbp("0.00"));
    assertThat(order.shipping()).isEqualTo(gbp("0.00"));
    assertThat(order.discount()).isEqualTo(gbp("154.20"));
  }

  @Test
  void unitPricesComeFromTheExactLineTotalNeverFromTheFloatFields() throws Exception {
    // each_price_* as REC+ computes them, here far from the line's exact price
    RecplusOrder wire =
        order(
            RecplusStubs.payload("order.json")
                .replace("\"each_price_ex_vat\": 114.5", "\"each_price_ex_vat\": 114.4999999")
                .replace(
                    "\"each_price_vat\": 22.900000000000006", "\"each_price_vat\": 22.8999999"));

    OrderLine line = mapper.order(wire).lines().get(0);

    assertThat(line.unitPrice()).isEqualTo(gbp("137.40"));
    assertThat(line.total()).isEqualTo(gbp("137.40"));
    assertThat(line.unitPrice().amount().scale()).isEqualTo(2);
  }

  @Test
  void optionPricesAddToTheirProductAndUnitPricesShareTheLineTotal() throws Exception {
    RecplusOrder wire =
        order(
            """
            {"id": 9, "status": "Processing",
             "totals": {"price": "37.10"},
             "lines": [
               {"id": 1, "line_rel_id": 0, "line_type": "PRODUCT", "line_desc": "Mug - MUG-1",
                "rel_data": {"product": {"id": 11, "name": "Mug", "code": "MUG-1"}},
                "qty": 2, "price": "24.00", "each_price_ex_vat": 10, "each_price_vat": 2},
               {"id": 2, "line_rel_id": 1, "line_type": "OPTION", "line_desc": "Gift wrap - Yes ",
                "rel_data": {"option": {"id": 5, "product": {"id": 11}}},
                "qty": 2, "price": "3.60", "each_price_ex_vat": 1.5, "each_price_vat": 0.30000000000000004},
               {"id": 3, "line_rel_id": 0, "line_type": "PRODUCT", "line_desc": "Pen",
                "qty": 3, "price": "10.00"},
               {"id": 4, "line_rel_id": 0, "line_type": "DELIVERY", "line_desc": "Express",
                "qty": 1, "price": "4.50"},
               {"id": 5, "line_rel_id": 0, "line_type": "DELIVERY", "line_desc": "Saturday",
                "qty": 1, "price": "0.50"},
               {"id": 6, "line_rel_id": 0, "line_type": "COUPON", "line_desc": "SAVE5",
                "qty": 1, "price": "-5.50"}
             ]}
            """);

    Order order = mapper.order(wire);

    assertThat(order.lines())
        .containsExactly(
            new OrderLine(
                "MUG-1",
                "Mug (Gift wrap - Yes)",
                2,
                gbp("13.80"),
                gbp("27.60"),
                gbp("0.00"),
                true,
                "11",
                null),
            new OrderLine(
                null, "Pen", 3, gbp("3.33"), gbp("10.00"), gbp("0.00"), true, null, null));
    assertThat(order.shipping()).isEqualTo(gbp("5.00"));
    assertThat(order.discount()).isEqualTo(gbp("5.50"));
    assertThat(order.total()).isEqualTo(gbp("37.10"));
  }

  @Test
  void orderWithoutUserLinesOrTotalsMapsToEmptyFields() throws Exception {
    Order order = mapper.order(order("{\"id\": 1}"));

    assertThat(order.lines()).isEmpty();
    assertThat(order.total()).isNull();
    assertThat(order.shipping()).isNull();
    assertThat(order.discount()).isNull();
    assertThat(order.customer()).isNull();
    assertThat(order.billingAddress()).isNull();
    assertThat(order.shippingAddress()).isNull();
    assertThat(order.createdAt()).isNull();
    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void decimalStringAmountsStayExact() throws Exception {
    Order order = mapper.order(order("{\"id\": 1, \"totals\": {\"price\": \"1234567.89\"}}"));

    assertThat(order.total().amount()).isEqualTo(new BigDecimal("1234567.89"));
    assertThat(order.total().minorUnits()).isEqualTo(123456789);
  }

  @Test
  void decimalStringWithMoreDecimalsThanTheCurrencyIsABadResponse() throws Exception {
    RecplusOrder wire = order("{\"id\": 1, \"totals\": {\"price\": \"10.005\"}}");

    ProviderBadResponseException error =
        catchThrowableOfType(ProviderBadResponseException.class, () -> mapper.order(wire));

    assertThat(error.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
  }

  @Test
  void siteTimesGetTheSiteZoneOffsetOfTheirDate() {
    assertThat(mapper.siteTime("2023-07-26T00:03:07"))
        .isEqualTo(OffsetDateTime.parse("2023-07-26T00:03:07+01:00"));
    assertThat(mapper.siteTime("2023-01-15T10:00:00"))
        .isEqualTo(OffsetDateTime.parse("2023-01-15T10:00:00Z"));
    assertThat(mapper.siteTime("2023-07-25 18:07:10"))
        .isEqualTo(OffsetDateTime.parse("2023-07-25T18:07:10+01:00"));
    assertThat(mapper.siteTime("0000-00-00 00:00:00")).isNull();
    assertThat(mapper.siteTime("")).isNull();
    assertThat(mapper.siteTime(null)).isNull();
  }

  @Test
  void unreadableSiteTimeIsABadResponse() {
    ProviderBadResponseException error =
        catchThrowableOfType(
            ProviderBadResponseException.class, () -> mapper.siteTime("26/07/2023 00:03"));

    assertThat(error.provider()).isEqualTo(Provider.RECPLUS);
  }

  @Test
  void countryNamesBecomeIsoCodesWhereKnown() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String name :
        new String[] {"United States", "UK", "United Kingdom", "germany", " France ", "GB"}) {
      codes.put(name, RecplusCountries.code(name));
    }

    assertThat(codes)
        .containsExactly(
            entry("United States", "US"),
            entry("UK", "GB"),
            entry("United Kingdom", "GB"),
            entry("germany", "DE"),
            entry(" France ", "FR"),
            entry("GB", "GB"));
    assertThat(RecplusCountries.code("Atlantis")).isNull();
    assertThat(RecplusCountries.code("")).isNull();
    assertThat(RecplusCountries.code(null)).isNull();
  }

  @Test
  void productPriceIsTheSpecialOfferWhenAboveZero() throws Exception {
    RecplusProduct onOffer =
        json.readValue(
            """
            {"id": 1, "code": "A", "name": "A", "price": {"normal": "10.00", "special_offer": "7.99"}}
            """,
            RecplusProduct.class);
    RecplusProduct normal =
        json.readValue(
            """
            {"id": 2, "code": "B", "name": "B", "price": {"normal": "10.00", "special_offer": "0.00"}}
            """,
            RecplusProduct.class);

    assertThat(mapper.product(onOffer).price()).isEqualTo(gbp("7.99"));
    assertThat(mapper.product(normal).price()).isEqualTo(gbp("10.00"));
  }

  @Test
  void documentedProductMapsWithItsStock() throws Exception {
    RecplusProduct wire =
        json.readValue(RecplusStubs.payload("product.json"), RecplusProduct.class);

    Product product = mapper.product(wire);

    assertThat(product.providerId()).isEqualTo("58661");
    assertThat(product.sku()).isEqualTo("Sauce-1105410");
    assertThat(product.name()).isEqualTo("Traeger Texas Spicy BBQ Sauce 16oz");
    assertThat(product.price()).isEqualTo(gbp("132.00"));
    assertThat(mapper.stockLevel(wire))
        .contains(
            new StockLevel(
                Provider.RECPLUS, "Sauce-1105410", "Sauce-1105410", 1980, 1980, null, null));
  }

  private RecplusOrder order(String body) throws Exception {
    return json.readValue(body, RecplusOrder.class);
  }

  private static Money gbp(String amount) {
    return new Money(new BigDecimal(amount), "GBP");
  }
}
