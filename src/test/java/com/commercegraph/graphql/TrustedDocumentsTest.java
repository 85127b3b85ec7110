package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.persisted.DocumentHash;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code COMMERCE_TRUSTED_DOCUMENTS_ONLY=true} with Apollo's manifest: the shipped document runs by
 * its hash or as its own text; anything else is {@code PERSISTED_QUERY_REQUIRED}, decided before
 * the document is parsed (a document that does not even parse gets that code, not a parse error).
 */
@QuarkusTest
@TestProfile(TrustedDocumentsOnly.class)
class TrustedDocumentsTest {

  private static final String SHIPPED = "query Providers { providers { provider enabled } }";

  private static ValidatableResponse post(Map<String, Object> body) {
    return given()
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .accept("application/graphql-response+json")
        .contentType("application/json")
        .body(body)
        .post("/graphql")
        .then();
  }

  @Test
  void theShippedDocumentRunsByItsHash() {
    post(Map.of(
            "extensions",
            Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", DocumentHash.of(SHIPPED)))))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.providers.provider", contains("VEEQO", "VEEPE", "RECPLUS", "SHOPWEDO"));
  }

  @Test
  void theShippedDocumentRunsAsItsOwnText() {
    post(Map.of("query", SHIPPED)).statusCode(200).body("errors", nullValue());
  }

  @Test
  void aFreeDocumentIsRefusedBeforeItIsParsed() {
    post(Map.of("query", "{ providers { provider } }"))
        .statusCode(400)
        .body("$", not(hasKey("data")))
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"));
    post(Map.of("query", "{ this does not parse"))
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"));
  }

  @Test
  void anUnknownHashIsRefusedNotAskedFor() {
    String other = "{ providers { provider } }";
    post(Map.of(
            "query",
            other,
            "extensions",
            Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", DocumentHash.of(other)))))
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"));
    post(Map.of(
            "extensions",
            Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", DocumentHash.of(other)))))
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"));
  }

  @Test
  void aFreeDocumentIsRefusedOverGetToo() {
    given()
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .queryParam("query", "{ __typename }")
        .get("/graphql")
        .then()
        .statusCode(200)
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"));
  }
}
