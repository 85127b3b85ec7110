package com.commercegraph.provider.shopwedo;

import static com.commercegraph.provider.shopwedo.ShopwedoStubs.API;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.answer;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.answers;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.data;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commercegraph.catalog.Product;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Capability;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockLevel;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WriteResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShopwedoProviderTest {

  private final WireMockServer wireMock = ShopwedoStubs.server();

  @Inject ShopwedoProvider provider;
  @Inject ObjectMapper json;

  @Test
  void configuredProviderIsEnabledWithItsCapabilities() {
    assertThat(provider.provider()).isEqualTo(Provider.SHOPWEDO);
    assertThat(provider.enabled()).isTrue();
    assertThat(provider.configurationProblems()).isEmpty();
    assertThat(provider.capabilities())
        .containsExactlyInAnyOrder(
            Capability.ORDERS_READ,
            Capability.ORDERS_CREATE,
            Capability.ORDERS_CANCEL,
            Capability.PRODUCTS_READ,
            Capability.STOCK_READ);
  }

  @Test
  void orderIsMappedIntoTheCommonModel() {
    answers("getOrder", answer(200, "get-order.json"));

    Optional<Order> order = provider.order("123");

    assertThat(order).isPresent();
    assertThat(order.get().providerId()).isEqualTo("123");
    assertThat(order.get().number()).isEqualTo("WEB-1001");
    assertThat(order.get().status()).isEqualTo(OrderStatus.OPEN);
    assertThat(order.get().lines()).hasSize(2);
  }

  @Test
  void orderShopwedoSaysIsNotFoundIsEmpty() {
    answers("getOrder", answer(400, "get-order-not-found.json"));

    assertThat(provider.order("999")).isEmpty();
  }

  @Test
  void refusedCancelIsCancelRefusedAndSentOnce() {
    answers("cancelOrder", answer(400, "cancel-order-refused.json"));

    WriteResult<Order> result = provider.cancel("123", null);

    assertThat(result.value()).isNull();
    assertThat(result.problems()).extracting(InputProblem::code).containsExactly("CANCEL_REFUSED");
    wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(API + "cancelOrder")));
  }

  @Test
  void fullStockPageGivesTheNextOffsetAndThatOffsetIsSentNext() throws Exception {
    answers("getStock", answer(200, "get-stock.json"));

    ProviderPage<StockLevel> first = provider.stock(null, null, 2);
    ProviderPage<StockLevel> second = provider.stock(null, first.nextPosition(), 2);

    assertThat(first.items())
        .extracting(StockLevel::sku)
        .containsExactly("5412345000011", "5412345000028");
    assertThat(first.items()).extracting(StockLevel::providerId).containsExactly("5001", "5002");
    assertThat(first.nextPosition()).isEqualTo("2");
    assertThat(second.nextPosition()).isEqualTo("4");
    List<LoggedRequest> requests = requests("getStock");
    assertThat(requests).hasSize(2);
    assertThat(data(requests.get(0))).isEqualTo(json.readTree("{\"limit\": 2, \"offset\": 0}"));
    assertThat(data(requests.get(1))).isEqualTo(json.readTree("{\"limit\": 2, \"offset\": 2}"));
  }

  @Test
  void stockLimitIsCappedAtShopwedosFiftyAndAShortPageIsTheLast() throws Exception {
    answers("getStock", answer(200, "get-stock.json"));

    ProviderPage<StockLevel> page = provider.stock(5001L, null, 500);

    assertThat(page.nextPosition()).isNull();
    LoggedRequest request = requests("getStock").get(0);
    assertThat(data(request))
        .isEqualTo(json.readTree("{\"sku\": 5001, \"limit\": 50, \"offset\": 0}"));
  }

  @Test
  void productPageIsMappedAndAShortPageIsTheLast() throws Exception {
    answers("getProducts", answer(200, "get-products.json"));

    ProviderPage<Product> page = provider.products(List.of(801L), "3");

    assertThat(page.items())
        .extracting(Product::name)
        .containsExactly("Coffee beans", "Filterpapier");
    assertThat(page.nextPosition()).isNull();
    LoggedRequest request = requests("getProducts").get(0);
    assertThat(data(request)).isEqualTo(json.readTree("{\"product_id\": [801], \"offset\": 3}"));
  }

  @Test
  void positionThatIsNotOneOfOursIsRefusedBeforeCallingShopwedo() {
    assertThatThrownBy(() -> provider.products(List.of(), "abc"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> provider.stock(null, "-1", 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }
}
