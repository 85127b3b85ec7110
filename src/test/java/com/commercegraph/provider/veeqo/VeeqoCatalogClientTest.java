package com.commercegraph.provider.veeqo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The product and stock entry endpoints of products.md and stock_entries.md. */
@QuarkusTest
class VeeqoCatalogClientTest {

  private final WireMockServer wireMock = VeeqoStubs.server();

  @Inject VeeqoClient client;

  @Test
  void listProductsSendsEveryFilter() {
    wireMock.stubFor(get(urlPathEqualTo("/products")).willReturn(okJson("[]")));

    client.products(
        new VeeqoProductQuery(
            12345L,
            OffsetDateTime.parse("2016-03-01T11:10:01Z"),
            OffsetDateTime.parse("2016-03-01T13:10:01+02:00"),
            "dog",
            22668L,
            3,
            50));

    wireMock.verify(
        exactly(1),
        getRequestedFor(urlPathEqualTo("/products"))
            .withQueryParam("since_id", equalTo("12345"))
            .withQueryParam("created_at_min", equalTo("2016-03-01 11:10:01"))
            .withQueryParam("updated_at_min", equalTo("2016-03-01 11:10:01"))
            .withQueryParam("query", equalTo("dog"))
            .withQueryParam("warehouse_id", equalTo("22668"))
            .withQueryParam("page", equalTo("3"))
            .withQueryParam("page_size", equalTo("50"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void listProductsReadsTheDocumentedPageWithOnlyATotalCount() {
    wireMock.stubFor(
        get(urlPathEqualTo("/products"))
            .willReturn(
                okJson(VeeqoStubs.payload("products/index.json"))
                    .withHeader("X-Total-Count", "7")));

    VeeqoPage<VeeqoProduct> page = client.products(VeeqoProductQuery.page(null, null));

    assertThat(page.items()).hasSize(6);
    assertThat(page.totalCount()).isEqualTo(7L);
    assertThat(page.pageIndex()).isEqualTo(1);
    assertThat(page.perPage()).isEqualTo(12);
    assertThat(page.nextPage()).isNull();
    VeeqoSellable mouse = page.items().get(4).sellables().get(0);
    assertThat(mouse.skuCode()).isEqualTo("MB829Z/A");
    assertThat(mouse.price()).isEqualTo(new BigDecimal("25.99"));
    assertThat(mouse.stockEntries()).hasSize(1);
  }

  @Test
  void getProductAsksForItById() {
    wireMock.stubFor(
        get(urlEqualTo("/products/8636420"))
            .willReturn(okJson(VeeqoStubs.payload("products/show.json"))));

    VeeqoProduct product = client.product(8636420L);

    assertThat(product.title()).isNotBlank();
    assertThat(product.sellables()).isNotEmpty();
    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/products/8636420"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY)));
  }

  @Test
  void getStockEntryReadsTheDocumentedEntry() {
    wireMock.stubFor(
        get(urlEqualTo("/sellables/14504036/warehouses/22668/stock_entry"))
            .willReturn(okJson(VeeqoStubs.payload("stock_entries/show.json"))));

    VeeqoStockEntry entry = client.stockEntry(14504036L, 22668L);

    assertThat(entry.sellableId()).isEqualTo(14504036L);
    assertThat(entry.warehouse().name()).isEqualTo("My Warehouse");
    assertThat(entry.physicalStockLevel()).isZero();
    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/sellables/14504036/warehouses/22668/stock_entry"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void updateStockEntryPutsTheWrappedLevel() {
    wireMock.stubFor(
        put(urlEqualTo("/sellables/14504036/warehouses/22668/stock_entry"))
            .willReturn(okJson(VeeqoStubs.payload("stock_entries/update.json"))));

    VeeqoStockEntry entry =
        client.updateStockEntry(14504036L, 22668L, new VeeqoStockUpdate(200, false, "Shelf 2B"));

    assertThat(entry.physicalStockLevel()).isEqualTo(200);
    assertThat(entry.location()).isEqualTo("Hat Rack");
    wireMock.verify(
        exactly(1),
        putRequestedFor(urlEqualTo("/sellables/14504036/warehouses/22668/stock_entry"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(VeeqoStubs.payload("stock_entries/update-request.json"))));
  }

  @Test
  void updateStockEntryWithoutLocationLeavesItOut() {
    wireMock.stubFor(
        put(urlEqualTo("/sellables/1/warehouses/2/stock_entry"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(VeeqoStubs.payload("stock_entries/update.json"))));

    client.updateStockEntry(1L, 2L, new VeeqoStockUpdate(5, true, null));

    wireMock.verify(
        exactly(1),
        putRequestedFor(urlEqualTo("/sellables/1/warehouses/2/stock_entry"))
            .withRequestBody(
                equalToJson(
                    "{\"stock_entry\": {\"physical_stock_level\": 5, \"infinite\": true}}")));
  }
}
