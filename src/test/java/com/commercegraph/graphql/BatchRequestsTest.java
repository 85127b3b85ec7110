package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batches, as Apollo's {@code BatchHttpLink} sends them: a JSON array of operations is one HTTP
 * request (one body limit, one caller) answered by a JSON array of results in the same order; each
 * operation is checked and refused on its own, and the batch size is bounded.
 */
@QuarkusTest
class BatchRequestsTest {

  private static final String ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";
  private static final String ORDER_PATH = "/v1/orders/" + ORDER_ID;

  private final WireMockServer veepe = VeepeStubs.server();

  @BeforeEach
  void stubTheOrder() {
    VeepeStubs.orderAnswers(ORDER_ID, okJson(VeepeStubs.payload("order.json")));
  }

  private static ValidatableResponse batch(String key, List<?> operations) {
    return given()
        .header("X-API-Key", key)
        .accept("application/graphql-response+json")
        .contentType("application/json")
        .body(operations)
        .post("/graphql")
        .then();
  }

  @Test
  void anArrayOfOperationsIsAnsweredByAnArrayOfResultsInOrder() {
    batch(
            GraphQLClient.EVERY_ROLE_KEY,
            List.of(
                Map.of("query", "{ providers { provider } }"),
                Map.of(
                    "query",
                    "query O($id: String!) { orderByProviderId(provider: VEEPE, providerId: $id)"
                        + " { providerId } }",
                    "variables",
                    Map.of("id", ORDER_ID)),
                Map.of("query", "{ noSuchField }")))
        .statusCode(200)
        .contentType("application/graphql-response+json; charset=utf-8")
        .body("$", hasSize(3))
        .body("[0].data.providers.provider", contains("VEEQO", "VEEPE", "RECPLUS", "SHOPWEDO"))
        .body("[1].data.orderByProviderId.providerId", equalTo(ORDER_ID))
        .body("[1].errors", nullValue())
        .body("[2].errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    veepe.verify(1, getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void rolesAreCheckedPerOperationOfTheBatch() {
    batch(
            "test-catalog-read",
            List.of(
                Map.of("query", "{ providers { provider } }"),
                Map.of(
                    "query",
                    "{ orderByProviderId(provider: VEEPE, providerId: \""
                        + ORDER_ID
                        + "\") { providerId } }")))
        .statusCode(200)
        .body("[0].errors", nullValue())
        .body("[1].data.orderByProviderId", nullValue())
        .body("[1].errors[0].extensions.code", equalTo("FORBIDDEN"));
    veepe.verify(0, getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void anEntryThatIsNotAnOperationIsRefusedInItsPlace() {
    batch(GraphQLClient.EVERY_ROLE_KEY, List.of(Map.of("query", "{ __typename }"), 42))
        .statusCode(200)
        .body("[0].data.__typename", equalTo("Query"))
        .body("[1].errors[0].extensions.code", equalTo("BAD_REQUEST"));
  }

  @Test
  void aBatchOverTheLimitIsRefusedWholeAndNothingRuns() {
    List<Map<String, String>> eleven =
        Collections.nCopies(
            11,
            Map.of(
                "query",
                "{ orderByProviderId(provider: VEEPE, providerId: \""
                    + ORDER_ID
                    + "\") { providerId } }"));
    batch(GraphQLClient.EVERY_ROLE_KEY, eleven)
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("BATCH_TOO_LARGE"));
    veepe.verify(0, getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void anEmptyBatchIsRefused() {
    batch(GraphQLClient.EVERY_ROLE_KEY, List.of()).statusCode(400);
  }
}
