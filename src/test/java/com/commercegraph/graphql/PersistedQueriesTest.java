package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.commercegraph.graphql.persisted.DocumentHash;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Apollo's automatic persisted queries, as Apollo Client's {@code PersistedQueryLink} drives them:
 * the hash alone first, {@code PERSISTED_QUERY_NOT_FOUND}, the document with its hash, then the
 * hash alone again (over POST or GET, {@code useGETForHashedQueries}), with VeePe asked once per
 * executed operation and never for a refused one.
 */
@QuarkusTest
class PersistedQueriesTest {

  private static final String ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";
  private static final String ORDER_PATH = "/v1/orders/" + ORDER_ID;

  private final WireMockServer veepe = VeepeStubs.server();

  @BeforeEach
  void stubTheOrder() {
    VeepeStubs.orderAnswers(ORDER_ID, okJson(VeepeStubs.payload("order.json")));
  }

  /** A document no other test registered: each test starts from an unknown hash. */
  private static String freshDocument() {
    return "query Order"
        + UUID.randomUUID().toString().replace("-", "")
        + " { orderByProviderId(provider: VEEPE, providerId: \""
        + ORDER_ID
        + "\") { providerId status } }";
  }

  private static Map<String, Object> persisted(String hash) {
    return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
  }

  private static RequestSpecification caller() {
    return given()
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .accept("application/graphql-response+json,application/json;q=0.9");
  }

  private static ValidatableResponse postJson(Map<String, Object> body) {
    return caller().contentType("application/json").body(body).post("/graphql").then();
  }

  @Test
  void theApolloRoundTripMissResendHitThenGetByHashAnd304() {
    String document = freshDocument();
    String hash = DocumentHash.of(document);

    postJson(Map.of("extensions", persisted(hash)))
        .statusCode(200)
        .body("$", not(hasKey("data")))
        .body("errors[0].message", equalTo("PersistedQueryNotFound"))
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    veepe.verify(0, getRequestedFor(urlPathEqualTo(ORDER_PATH)));

    postJson(Map.of("query", document, "extensions", persisted(hash)))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", equalTo(ORDER_ID));
    veepe.verify(1, getRequestedFor(urlPathEqualTo(ORDER_PATH)));

    postJson(Map.of("extensions", persisted(hash)))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", equalTo(ORDER_ID));
    veepe.verify(2, getRequestedFor(urlPathEqualTo(ORDER_PATH)));

    String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    String etag =
        caller()
            .queryParam("extensions", extensions)
            .get("/graphql")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/graphql-response+json"))
            .header("Cache-Control", "private, max-age=10")
            .header("ETag", startsWith("\""))
            .body("data.orderByProviderId.status", notNullValue())
            .extract()
            .header("ETag");
    veepe.verify(3, getRequestedFor(urlPathEqualTo(ORDER_PATH)));

    caller()
        .header("If-None-Match", etag)
        .queryParam("extensions", extensions)
        .get("/graphql")
        .then()
        .statusCode(304)
        .header("ETag", etag)
        .header("Cache-Control", "private, max-age=10");
  }

  @Test
  void aHashThatIsNotTheDocumentsIsRefusedAndNothingIsRegistered() {
    String document = freshDocument();
    String otherHash = DocumentHash.of(document + " ");

    postJson(Map.of("query", document, "extensions", persisted(otherHash)))
        .statusCode(400)
        .body("$", not(hasKey("data")))
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
    postJson(Map.of("extensions", persisted(otherHash)))
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    veepe.verify(0, getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void aDocumentThatDoesNotParseIsNotRegistered() {
    String broken = "{ orderByProviderId(";
    String hash = DocumentHash.of(broken);
    postJson(Map.of("query", broken, "extensions", persisted(hash)))
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    postJson(Map.of("extensions", persisted(hash)))
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
  }

  @Test
  void aPersistedMutationIsNotRunOverGet() {
    String mutation =
        "mutation Cancel"
            + UUID.randomUUID().toString().replace("-", "")
            + " { cancelOrder(id: \"x\") { userErrors { code } } }";
    String hash = DocumentHash.of(mutation);
    postJson(Map.of("query", mutation, "extensions", persisted(hash))).statusCode(200);

    caller()
        .queryParam(
            "extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
        .get("/graphql")
        .then()
        .statusCode(405)
        .header("Allow", "POST");
  }

  @Test
  void anotherVersionOfTheProtocolIsRefused() {
    postJson(
            Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "a"))))
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_SUPPORTED"));
  }

  @Test
  void rolesApplyOverGetAndLimitsToPersistedDocuments() {
    given()
        .header("X-API-Key", "test-catalog-read")
        .queryParam(
            "query",
            "{ orderByProviderId(provider: VEEPE, providerId: \"" + ORDER_ID + "\") { id } }")
        .get("/graphql")
        .then()
        .statusCode(200)
        .body("data.orderByProviderId", nullValue())
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

    StringBuilder aliases =
        new StringBuilder("query Aliases" + UUID.randomUUID().toString().replace("-", "") + " {");
    for (int i = 0; i < 31; i++) {
      aliases.append(" a").append(i).append(": __typename");
    }
    String document = aliases.append(" }").toString();
    String hash = DocumentHash.of(document);
    postJson(Map.of("query", document, "extensions", persisted(hash)))
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"));
    postJson(Map.of("extensions", persisted(hash)))
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"));
    veepe.verify(0, getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void aGetAnswerWithErrorsIsNotCached() {
    String etag =
        caller()
            .queryParam("query", "{ order(id: \"not-an-id\") { id } }")
            .get("/graphql")
            .then()
            .statusCode(200)
            .header("Cache-Control", "no-store")
            .extract()
            .header("ETag");
    assertThat(etag).isNull();
  }
}
