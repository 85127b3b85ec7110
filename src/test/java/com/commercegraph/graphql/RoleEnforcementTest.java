package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.security.Roles;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation and batched field needs its role: a key without it gets {@code FORBIDDEN} for
 * that field, nothing reaches a provider on its behalf, and the other fields are still answered; a
 * key with it gets through to the provider. Keys with one role each are in {@code
 * %test.commerce.api-keys}.
 */
@QuarkusTest
class RoleEnforcementTest {

  private static final String VEEPE_ORDER = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";
  private static final String ORDER_ID =
      NodeId.encode(Provider.VEEPE, EntityKind.ORDER, VEEPE_ORDER);
  private static final String VEEQO_PRODUCT = "8636420";
  private static final String PRODUCT_ID =
      NodeId.encode(Provider.VEEQO, EntityKind.PRODUCT, VEEQO_PRODUCT + "/14144703");
  // veepe/invoice.json
  private static final String INVOICED_ORDER = "c8826e17-51a0-4f91-bfce-2182deeb8abb";
  private static final String INVOICE_PATH =
      "/v1/orders/" + INVOICED_ORDER + "/invoice/49de56b1-22b8-41ec-9945-668085295e3e";
  private static final String INVOICE_ID =
      NodeId.encode(
          Provider.VEEPE,
          EntityKind.INVOICE,
          INVOICED_ORDER + "/49de56b1-22b8-41ec-9945-668085295e3e");
  private static final String REPORT_ID =
      NodeId.encode(Provider.VEEPE, EntityKind.REPORT, "0b8f7a3e-3c1d-4d2a-9a41-6f1f2c9d7e10");
  private static final String STOCK_ID =
      NodeId.encode(Provider.RECPLUS, EntityKind.STOCK_LEVEL, "Sauce-997706");
  private static final String RECPLUS_ORDER =
      NodeId.encode(Provider.RECPLUS, EntityKind.ORDER, "112403");

  /** Every query and mutation of the schema but {@code providers} and {@code node}, by role. */
  private static final List<Operation> OPERATIONS =
      List.of(
          new Operation("order", Roles.ORDERS_READ, "{ order(id: \"%s\") { id } }", ORDER_ID),
          new Operation(
              "orderByProviderId",
              Roles.ORDERS_READ,
              "{ orderByProviderId(provider: VEEPE, providerId: \"%s\") { id } }",
              VEEPE_ORDER),
          new Operation(
              "orders", Roles.ORDERS_READ, "{ orders(first: 1) { edges { node { id } } } }"),
          new Operation(
              "orderSummary",
              Roles.ORDERS_READ,
              """
              { orderSummary(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") {
                  orderCount } }
              """),
          new Operation(
              "product", Roles.CATALOG_READ, "{ product(id: \"%s\") { id } }", PRODUCT_ID),
          new Operation(
              "products", Roles.CATALOG_READ, "{ products(first: 1) { edges { node { id } } } }"),
          new Operation(
              "stockLevels",
              Roles.CATALOG_READ,
              "{ stockLevels(first: 1) { edges { node { id } } } }"),
          new Operation(
              "invoice", Roles.FINANCE_READ, "{ invoice(id: \"%s\") { id } }", INVOICE_ID),
          new Operation("report", Roles.FINANCE_READ, "{ report(id: \"%s\") { id } }", REPORT_ID),
          new Operation(
              "reports", Roles.FINANCE_READ, "{ reports(first: 1) { edges { node { id } } } }"),
          new Operation(
              "requestReport",
              Roles.FINANCE_READ,
              """
              mutation { requestReport(type: "SETTLEMENT", from: "2026-01-01T00:00:00Z",
                                       to: "2026-02-01T00:00:00Z") { userErrors { code } } }
              """),
          new Operation(
              "createOrder",
              Roles.ORDERS_WRITE,
              """
              mutation { createOrder(input: { provider: VEEQO, reference: "R-1",
                  customer: { name: "Ada Lovelace" }, lines: [{ sku: "3001", quantity: 1 }] }) {
                userErrors { code } } }
              """),
          new Operation(
              "cancelOrder",
              Roles.ORDERS_WRITE,
              "mutation { cancelOrder(id: \"%s\") { userErrors { code } } }",
              ORDER_ID),
          new Operation(
              "transitionOrder",
              Roles.ORDERS_WRITE,
              "mutation { transitionOrder(id: \"%s\", to: CONFIRMED) { userErrors { code } } }",
              ORDER_ID),
          new Operation(
              "updateOrder",
              Roles.ORDERS_WRITE,
              "mutation { updateOrder(id: \"%s\", input: { note: \"n\" }) { userErrors { code } } }",
              ORDER_ID),
          new Operation(
              "setOrderProviderStatus",
              Roles.ORDERS_WRITE,
              """
              mutation { setOrderProviderStatus(id: "%s", providerStatus: "Dispatched") {
                userErrors { code } } }
              """,
              RECPLUS_ORDER),
          new Operation(
              "createCheckoutLink",
              Roles.ORDERS_WRITE,
              "mutation { createCheckoutLink(orderId: \"%s\") { userErrors { code } } }",
              ORDER_ID),
          new Operation(
              "createInvoice",
              Roles.ORDERS_WRITE,
              "mutation { createInvoice(orderId: \"%s\") { userErrors { code } } }",
              ORDER_ID),
          new Operation(
              "createAmazonChannel",
              Roles.ORDERS_WRITE,
              """
              mutation { createAmazonChannel(input: { name: "Amazon", shortName: "amz",
                                                     currencyCode: "GBP" }) {
                userErrors { code } } }
              """),
          new Operation(
              "linkChannelSellable",
              Roles.ORDERS_WRITE,
              """
              mutation { linkChannelSellable(input: { channelId: "1002", remoteId: "B0-1",
                                                     sellableId: "3001" }) {
                userErrors { code } } }
              """),
          new Operation(
              "setStockLevel",
              Roles.STOCK_WRITE,
              """
              mutation { setStockLevel(provider: RECPLUS, sku: "Sauce-997706", onHand: 1) {
                userErrors { code } } }
              """));

  private final WireMockServer veeqo = VeeqoStubs.server();
  private final WireMockServer veepe = VeepeStubs.server();
  private final WireMockServer recplus = RecplusStubs.server();

  @BeforeEach
  void warmUp() {
    RecplusWriteWarmUp.once();
  }

  static Stream<Arguments> everyOperationWithEveryKeyLackingItsRole() {
    return OPERATIONS.stream()
        .flatMap(
            operation ->
                Roles.ALL.stream()
                    .filter(role -> !role.equals(operation.role()))
                    .map(role -> Arguments.of(operation, role)));
  }

  @ParameterizedTest(name = "{0} with only {1}")
  @MethodSource("everyOperationWithEveryKeyLackingItsRole")
  void anOperationWithoutItsRoleIsForbiddenAndReachesNoProvider(Operation operation, String role) {
    JsonPath answer =
        GraphQLClient.postWithKey(keyWithOnly(role), operation.document())
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(answer.getList("errors.extensions.code")).containsExactly("FORBIDDEN");
    assertThat(answer.getList("errors[0].path")).containsExactly(operation.name());
    assertThat(answer.<Object>get("data." + operation.name())).isNull();
    ProviderServers.assertNoneCalled();
  }

  @Test
  void ordersReadOpensOrdersAndNothingElseInTheSameQuery() {
    VeepeStubs.orderAnswers(VEEPE_ORDER, okJson(VeepeStubs.payload("order.json")));

    GraphQLClient.postWithKey(
            keyWithOnly(Roles.ORDERS_READ),
            """
            query ($order: ID!, $invoice: ID!) {
              order(id: $order) { providerId lines { name product { name } } }
              invoice(id: $invoice) { id }
            }
            """,
            Map.of("order", ORDER_ID, "invoice", INVOICE_ID))
        .statusCode(200)
        .body("data.order.providerId", is(VEEPE_ORDER))
        .body("data.order.lines.name", is(List.of("Product A", "Product B")))
        .body("data.order.lines.product", everyItem(nullValue()))
        .body("data.invoice", nullValue())
        .body("errors.extensions.code", everyItem(is("FORBIDDEN")))
        .body("errors.find { it.path[0] == 'invoice' }", notNullValue())
        .body("errors.find { it.path[-1] == 'product' }", notNullValue());

    veepe.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER)));
    assertThat(veepe.findAll(getRequestedFor(urlPathEqualTo(INVOICE_PATH)))).isEmpty();
  }

  @Test
  void catalogReadOpensProductsAndTheirStock() {
    veeqo.stubFor(
        get(urlPathEqualTo("/products/" + VEEQO_PRODUCT))
            .willReturn(okJson(VeeqoStubs.payload("products/show.json"))));

    GraphQLClient.postWithKey(
            keyWithOnly(Roles.CATALOG_READ),
            "query ($id: ID!) { product(id: $id) { id name } }",
            Map.of("id", PRODUCT_ID))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.product.id", is(PRODUCT_ID))
        .body("data.product.name", notNullValue());

    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/products/" + VEEQO_PRODUCT)));
  }

  @Test
  void financeReadOpensInvoicesAlsoThroughNode() {
    veepe.stubFor(
        get(urlPathEqualTo(INVOICE_PATH)).willReturn(okJson(VeepeStubs.payload("invoice.json"))));

    GraphQLClient.postWithKey(
            keyWithOnly(Roles.FINANCE_READ),
            "query ($id: ID!) { invoice(id: $id) { id } node(id: $id) { id } }",
            Map.of("id", INVOICE_ID))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.invoice.id", is(INVOICE_ID))
        .body("data.node.id", is(INVOICE_ID));

    veepe.verify(2, getRequestedFor(urlPathEqualTo(INVOICE_PATH)));
  }

  @Test
  void nodeChecksTheRoleOfTheKindItsIdNames() {
    GraphQLClient.postWithKey(
            keyWithOnly(Roles.ORDERS_READ),
            """
            query ($invoice: ID!, $stock: ID!) {
              invoice: node(id: $invoice) { id }
              stock: node(id: $stock) { id }
            }
            """,
            Map.of("invoice", INVOICE_ID, "stock", STOCK_ID))
        .statusCode(200)
        .body("data.invoice", nullValue())
        .body("data.stock", nullValue())
        .body("errors.extensions.code", is(List.of("FORBIDDEN", "FORBIDDEN")));

    ProviderServers.assertNoneCalled();
  }

  @Test
  void ordersWriteOpensOrderWrites() {
    VeepeStubs.createInvoiceAnswers(
        INVOICED_ORDER, okJson(VeepeStubs.payload("invoice-created.json")));

    GraphQLClient.postWithKey(
            keyWithOnly(Roles.ORDERS_WRITE),
            "mutation ($id: ID!) { createInvoice(orderId: $id) { userErrors { code } } }",
            Map.of("id", NodeId.encode(Provider.VEEPE, EntityKind.ORDER, INVOICED_ORDER)))
        .statusCode(200)
        .spec(MutationAnswer.accepted("createInvoice"));

    veepe.verify(1, postRequestedFor(urlPathEqualTo("/v1/orders/" + INVOICED_ORDER + "/invoice")));
  }

  @Test
  void stockWriteOpensSetStockLevel() {
    RecplusStubs.writeAnswers(RecplusStubs.STOCK_PATH, aResponse().withStatus(204));
    RecplusStubs.stockIs(4);

    GraphQLClient.postWithKey(
            keyWithOnly(Roles.STOCK_WRITE),
            """
            mutation { setStockLevel(provider: RECPLUS, sku: "Sauce-997706", onHand: 4) {
              userErrors { code } } }
            """)
        .statusCode(200)
        .spec(MutationAnswer.accepted("setStockLevel"));

    recplus.verify(1, postRequestedFor(urlPathEqualTo(RecplusStubs.STOCK_PATH)));
  }

  @Test
  void providersNeedsOnlyAnAuthenticatedCaller() {
    GraphQLClient.postWithKey(keyWithOnly(Roles.STOCK_WRITE), "{ providers { provider } }")
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.providers.provider", is(List.of("VEEQO", "VEEPE", "RECPLUS", "SHOPWEDO")));
  }

  private static String keyWithOnly(String role) {
    return "test-" + role.replace(':', '-');
  }

  record Operation(String name, String role, String document) {

    Operation(String name, String role, String document, String id) {
      this(name, role, document.formatted(id));
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
