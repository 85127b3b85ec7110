package com.commercegraph.provider.veeqo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commercegraph.catalog.Product;
import com.commercegraph.failure.ProviderUnavailableException;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.stock.StockLevel;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The port: Veeqo calls answered in the common model. */
@QuarkusTest
class VeeqoProviderTest {

  private final WireMockServer wireMock = VeeqoStubs.server();

  @Inject VeeqoProvider provider;

  @Test
  void orderPagesContinueFromTheNextPositionTheyGave() {
    VeeqoStubs.ordersAnswer(VeeqoStubs.page(VeeqoStubs.payload("orders/index.json"), 2, 2, 1, 1));

    ProviderPage<Order> first = provider.orders(null, 1);
    provider.orders(first.nextPosition(), 1);

    assertThat(first.items()).extracting(Order::status).containsExactly(OrderStatus.CONFIRMED);
    assertThat(first.nextPosition()).isEqualTo("2");
    assertThat(first.totalCount()).isEqualTo(2L);
    wireMock.verify(exactly(1), getRequestedFor(urlEqualTo("/orders?page_size=1")));
    wireMock.verify(exactly(1), getRequestedFor(urlEqualTo("/orders?page=2&page_size=1")));
  }

  @Test
  void aPositionThisProviderDidNotMakeIsRefusedWithoutCallingVeeqo() {
    assertThatThrownBy(() -> provider.orders("cursor-abc", 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> provider.products("0", 10))
        .isInstanceOf(IllegalArgumentException.class);
    wireMock.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void orderByIdIsMappedAndAMissingOneIsEmpty() {
    wireMock.stubFor(
        get(urlEqualTo("/orders/13359622"))
            .willReturn(okJson(VeeqoStubs.payload("orders/show.json"))));
    wireMock.stubFor(
        get(urlEqualTo("/orders/404"))
            .willReturn(aResponse().withStatus(404).withBody("{\"error\": \"Not found\"}")));

    assertThat(provider.order("13359622")).map(Order::number).contains("rdr1234");
    assertThat(provider.order("404")).isEmpty();
    assertThat(provider.order("not-a-veeqo-id")).isEmpty();
    wireMock.verify(exactly(2), anyRequestedFor(anyUrl()));
  }

  @Test
  void otherFailuresOfAnOrderByIdAreNotHiddenAsMissing() {
    wireMock.stubFor(get(urlEqualTo("/orders/1")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> provider.order("1")).isInstanceOf(ProviderUnavailableException.class);
  }

  @Test
  void productPagesHaveOneProductPerSellable() {
    wireMock.stubFor(
        get(urlPathEqualTo("/products"))
            .willReturn(okJson(VeeqoStubs.payload("products/index.json"))));

    ProviderPage<Product> page = provider.products("2", 6);

    assertThat(page.items()).hasSize(10);
    assertThat(page.nextPosition()).isEqualTo("3");
    wireMock.verify(exactly(1), getRequestedFor(urlEqualTo("/products?page=2&page_size=6")));
  }

  @Test
  void stockLevelIsFoundByItsSellableAndWarehouseId() {
    wireMock.stubFor(
        get(urlEqualTo("/sellables/14504036/warehouses/22668/stock_entry"))
            .willReturn(okJson(VeeqoStubs.payload("stock_entries/update.json"))));
    wireMock.stubFor(
        get(urlEqualTo("/sellables/1/warehouses/2/stock_entry"))
            .willReturn(aResponse().withStatus(404)));

    Optional<StockLevel> level = provider.stockLevel("14504036/22668");

    assertThat(level).isPresent();
    assertThat(level.get().providerId()).isEqualTo("14504036/22668");
    assertThat(level.get().onHand()).isEqualTo(200);
    assertThat(level.get().warehouse()).isEqualTo("My Warehouse");
    assertThat(provider.stockLevel("1/2")).isEmpty();
    assertThat(provider.stockLevel("14504036")).isEmpty();
    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/sellables/1/warehouses/2/stock_entry"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY)));
  }
}
