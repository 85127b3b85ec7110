package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvoiceApiTest {

  private static final String ORDER_ID = "c8826e17-51a0-4f91-bfce-2182deeb8abb";
  private static final String INVOICE_ID = "49de56b1-22b8-41ec-9945-668085295e3e";
  private static final String INVOICE_PATH = "/v1/orders/" + ORDER_ID + "/invoice/" + INVOICE_ID;
  private static final String INVOICE =
      NodeId.encode(Provider.VEEPE, EntityKind.INVOICE, ORDER_ID + "/" + INVOICE_ID);

  private static final String INVOICE_QUERY =
      """
      query ($id: ID!) {
        invoice(id: $id) { id provider orderId status downloadUrl createdAt }
      }
      """;
  private static final String NODE_QUERY =
      """
      query ($id: ID!) {
        node(id: $id) { id ... on Invoice { orderId status } }
      }
      """;

  private final WireMockServer veepe = VeepeStubs.server();

  @Test
  void invoiceIsReadThroughItsOrderAndPointsAtTheOrdersId() {
    veepe.stubFor(
        get(urlEqualTo(INVOICE_PATH)).willReturn(okJson(VeepeStubs.payload("invoice.json"))));

    GraphQLClient.post(INVOICE_QUERY, Map.of("id", INVOICE))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.invoice.id", is(INVOICE))
        .body("data.invoice.provider", is("VEEPE"))
        .body("data.invoice.orderId", is(NodeId.encode(Provider.VEEPE, EntityKind.ORDER, ORDER_ID)))
        .body("data.invoice.status", is("COMPLETED"))
        .body(
            "data.invoice.downloadUrl",
            is("https://someurl/c8826e17-51a0-4f91-bfce-2182deeb8abb.pdf"))
        .body("data.invoice.createdAt", org.hamcrest.Matchers.startsWith("2026-01-08"));

    veepe.verify(
        exactly(1),
        getRequestedFor(urlEqualTo(INVOICE_PATH))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER)));
  }

  @Test
  void nodeOfAnInvoiceIdIsThatInvoice() {
    veepe.stubFor(
        get(urlEqualTo(INVOICE_PATH)).willReturn(okJson(VeepeStubs.payload("invoice.json"))));

    GraphQLClient.post(NODE_QUERY, Map.of("id", INVOICE))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.node.id", is(INVOICE))
        .body("data.node.orderId", is(NodeId.encode(Provider.VEEPE, EntityKind.ORDER, ORDER_ID)))
        .body("data.node.status", is("COMPLETED"));

    veepe.verify(exactly(1), getRequestedFor(urlEqualTo(INVOICE_PATH)));
  }

  @Test
  void invoiceVeepeDoesNotKnowIsNullWithoutError() {
    veepe.stubFor(
        get(urlEqualTo(INVOICE_PATH)).willReturn(VeepeStubs.error(404, "NOT_FOUND", "no invoice")));

    GraphQLClient.post(INVOICE_QUERY, Map.of("id", INVOICE))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.invoice", nullValue());

    veepe.verify(exactly(1), getRequestedFor(urlEqualTo(INVOICE_PATH)));
  }

  @Test
  void orderIdGivenAsInvoiceIdIsBadUserInputWithoutCallingVeepe() {
    String orderId = NodeId.encode(Provider.VEEPE, EntityKind.ORDER, ORDER_ID);

    GraphQLClient.post(INVOICE_QUERY, Map.of("id", orderId))
        .statusCode(200)
        .body("data.invoice", nullValue())
        .body("errors", hasSize(1))
        .body("errors[0].extensions.code", is("BAD_USER_INPUT"));

    veepe.verify(exactly(0), getRequestedFor(anyUrl()));
  }

  @Test
  void malformedInvoiceIdIsBadUserInputWithoutCallingVeepe() {
    GraphQLClient.post(INVOICE_QUERY, Map.of("id", "not-an-id"))
        .statusCode(200)
        .body("errors[0].extensions.code", is("BAD_USER_INPUT"));

    veepe.verify(exactly(0), getRequestedFor(anyUrl()));
  }

  @Test
  void veepeFailingIsAnErrorNamingVeepe() {
    veepe.stubFor(get(urlEqualTo(INVOICE_PATH)).willReturn(aResponse().withStatus(500)));

    GraphQLClient.post(INVOICE_QUERY, Map.of("id", INVOICE))
        .statusCode(200)
        .body("data.invoice", nullValue())
        .body("errors", hasSize(1))
        .spec(FirstError.of("PROVIDER_UNAVAILABLE", "VEEPE"));
  }
}
