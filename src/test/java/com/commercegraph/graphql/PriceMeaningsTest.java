package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prices mean the same everywhere: each says whether it includes tax, from the provider's own
 * documents; order lines show their exact total and their discount, and orders the discounts of
 * their lines.
 */
@QuarkusTest
class PriceMeaningsTest {

  private static final String ORDER =
      """
      query Order($provider: Provider!, $providerId: String!) {
        orderByProviderId(provider: $provider, providerId: $providerId) {
          discount { amount currencyCode }
          lines { sku quantity taxIncluded unitPrice { amount } total { amount }
                  discount { amount } }
        }
      }
      """;

  private static final String PRODUCTS =
      """
      { products(first: 100) { edges { node { provider sku taxIncluded price { amount } } } } }
      """;

  @Test
  void veeqoLinesAreExTaxWithTheirDiscountTakenOffBeforeTax() {
    VeeqoStubs.orderIs(VeeqoStubs.SAMPLE_ORDER_ID);

    JsonPath answer = order("VEEQO", VeeqoStubs.SAMPLE_ORDER_ID);

    assertThat(answer.getList("errors")).isNull();
    // orders.md sample: price_per_unit 150.0 less taxless_discount_per_unit 30.0, tax added later
    assertThat(answer.getString("data.orderByProviderId.lines[0].unitPrice.amount"))
        .isEqualTo("150.00");
    assertThat(answer.getString("data.orderByProviderId.lines[0].total.amount"))
        .isEqualTo("120.00");
    assertThat(answer.getString("data.orderByProviderId.lines[0].discount.amount"))
        .isEqualTo("30.00");
    assertThat(answer.getList("data.orderByProviderId.lines.taxIncluded", Boolean.class))
        .containsOnly(false);
    assertThat(answer.getString("data.orderByProviderId.discount.amount")).isEqualTo("49.50");
  }

  @Test
  void recplusLinesAreExactFromTheirPriceTextIncludeVatAndShowTheirDiscount() {
    String order =
        RecplusStubs.payload("order.json")
            .replace(
                """
                "each_price_ex_vat": 7,
                            "each_price_vat": 1.4000000000000004,
                            "each_price_discount_ex_vat": "0.00",
                            "each_price_discount_vat": 0,""",
                """
                "each_price_ex_vat": 6.000000000000001,
                            "each_price_vat": 1.2000000000000002,
                            "each_price_discount_ex_vat": "1.00",
                            "each_price_discount_vat": 0.2,""");
    assertThat(order).contains("\"each_price_discount_ex_vat\": \"1.00\"");
    RecplusStubs.readAnswers(RecplusStubs.ORDERS + "/112312", okJson(order));

    JsonPath answer = order("RECPLUS", "112312");

    assertThat(answer.getList("errors")).isNull();
    String line = "data.orderByProviderId.lines[1].";
    assertThat(answer.getString(line + "sku")).isEqualTo("Sauce-997706");
    // price "16.80" for 2, after 2 x (1.00 + 0.20) off: 9.60 each before the discount
    assertThat(answer.getString(line + "total.amount")).isEqualTo("16.80");
    assertThat(answer.getString(line + "discount.amount")).isEqualTo("2.40");
    assertThat(answer.getString(line + "unitPrice.amount")).isEqualTo("9.60");
    assertThat(answer.getList("data.orderByProviderId.lines.taxIncluded", Boolean.class))
        .containsOnly(true);
    // the gift voucher (a COUPON line of -154.20) and the line's discount
    assertThat(answer.getString("data.orderByProviderId.discount.amount")).isEqualTo("156.60");
    RecplusStubs.server()
        .verify(1, getRequestedFor(urlPathEqualTo(RecplusStubs.ORDERS + "/112312")));
  }

  @Test
  void veepeLinesClaimNothingAboutTaxTheirTotalIsExact() {
    VeepeStubs.orderAnswers(
        "6d8bf86d-3758-45ae-ad67-0f682ba64f63", okJson(VeepeStubs.payload("order.json")));

    JsonPath answer = order("VEEPE", "6d8bf86d-3758-45ae-ad67-0f682ba64f63");

    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getString("data.orderByProviderId.lines[0].total.amount")).isEqualTo("40.00");
    assertThat(answer.getList("data.orderByProviderId.lines.taxIncluded")).containsOnlyNulls();
    assertThat(answer.getList("data.orderByProviderId.lines.discount")).containsOnlyNulls();
  }

  @Test
  void productPricesSayWhetherTheyIncludeTaxPerProvider() {
    ListStubs.veeqoProducts(
        VeeqoStubs.server(), ListStubs.elements(VeeqoStubs.payload("products/index.json")));
    RecplusStubs.readAnswers("/api/v1/stock", okJson(RecplusStubs.payload("stock.json")));
    ListStubs.recplusProducts(
        RecplusStubs.server(),
        ListStubs.elements(RecplusStubs.payload("products.json"), "products"));
    ShopwedoStubs.answers("getProducts", okJson(ShopwedoStubs.payload("get-products.json")));

    JsonPath answer = GraphQLClient.answer(PRODUCTS, Map.of());

    assertThat(answer.getList("errors")).isNull();
    List<Map<String, Object>> products = answer.getList("data.products.edges.node");
    assertThat(taxIncluded(products, "VEEQO")).containsOnly(false);
    assertThat(taxIncluded(products, "RECPLUS")).containsOnly(true);
    assertThat(taxIncluded(products, "SHOPWEDO")).containsOnly(false);
  }

  private static List<Object> taxIncluded(List<Map<String, Object>> products, String provider) {
    List<Object> values =
        products.stream()
            .filter(p -> provider.equals(p.get("provider")))
            .map(p -> p.get("taxIncluded"))
            .toList();
    assertThat(values).as(provider).isNotEmpty();
    return values;
  }

  private static JsonPath order(String provider, String providerId) {
    // Exact decimals, so that 150.00 is not read back as the float 150.0.
    return GraphQLClient.answer(ORDER, Map.of("provider", provider, "providerId", providerId))
        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }
}
