package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every error a client can get holds {@code extensions.code} and nothing but {@code code}, {@code
 * provider}, {@code field} and {@code reference}: no {@code classification}, nothing naming a Java
 * type. Expected refusals are logged as one WARN line each, without a stack trace.
 */
@QuarkusTest
class ErrorHygieneTest {

  private static final Set<String> ALLOWED = Set.of("code", "provider", "field", "reference");

  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (logged) {
            logged.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger("").removeHandler(capture);
  }

  /** One document for each kind of refusal the engine or the HTTP layer gives. */
  private static final List<String> REFUSED =
      List.of(
          "{ noSuchField }",
          "{",
          "{ orders(first: 2147483648) { edges { cursor } } }",
          "{ orders(first: 1000) { edges { cursor } } }",
          "{ order(id: \"../token\") { id } }",
          "{ a1: __typename a2: __typename a3: __typename a4: __typename a5: __typename"
              + " a6: __typename a7: __typename a8: __typename a9: __typename a10: __typename"
              + " a11: __typename a12: __typename a13: __typename a14: __typename a15: __typename"
              + " a16: __typename a17: __typename a18: __typename a19: __typename a20: __typename"
              + " a21: __typename a22: __typename a23: __typename a24: __typename a25: __typename"
              + " a26: __typename a27: __typename a28: __typename a29: __typename a30: __typename"
              + " a31: __typename }",
          "query Q($id: ID!) { order(id: $id) { id } }");

  @Test
  void noErrorCarriesAClassificationOrAnythingButItsCode() {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (String document : REFUSED) {
      errors.addAll(errorsOf(GraphQLClient.post(document).extract().jsonPath()));
    }
    errors.addAll(
        errorsOf(
            GraphQLClient.postWithKey(
                    "test-catalog-read",
                    "{ orderSummary(from: \"2020-01-01T00:00:00Z\", to: \"2021-01-01T00:00:00Z\") { orderCount } }")
                .extract()
                .jsonPath()));
    errors.addAll(
        errorsOf(
            given()
                .contentType("application/json")
                .body("{ nope")
                .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
                .post("/graphql")
                .then()
                .extract()
                .jsonPath()));
    errors.addAll(
        errorsOf(
            given()
                .body(Map.of("query", "{ __typename }"))
                .contentType("application/json")
                .post("/graphql")
                .then()
                .extract()
                .jsonPath()));

    assertThat(errors).hasSizeGreaterThanOrEqualTo(REFUSED.size() + 3);
    for (Map<String, Object> error : errors) {
      @SuppressWarnings("unchecked")
      Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
      assertThat(extensions).as(error.toString()).isNotNull().containsKey("code");
      assertThat(extensions.keySet()).as(error.toString()).isSubsetOf(ALLOWED);
      assertThat((String) extensions.get("code")).matches("[A-Z_]+");
      assertThat(error.toString()).doesNotContain("classification", "Exception", "java.");
    }
  }

  @Test
  void badInputInOneArgumentNamesIt() {
    GraphQLClient.post("{ orders(first: 1000) { edges { cursor } } }")
        .statusCode(200)
        .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
        .body("errors[0].extensions.field", equalTo("first"));
    GraphQLClient.post("{ products(filter: { skus: [\"A,B\"] }) { edges { cursor } } }")
        .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
        .body("errors[0].extensions.field", equalTo("filter.skus"));
  }

  @Test
  void aRefusedFieldIsOneWarnLineWithoutAStackTrace() {
    GraphQLClient.postWithKey("test-catalog-read", "{ orders(first: 1) { edges { cursor } } }")
        .statusCode(200)
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
        .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("classification")));

    List<LogRecord> records;
    synchronized (logged) {
      records = List.copyOf(logged);
    }
    assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue());
    assertThat(records).noneMatch(r -> r.getThrown() != null);
    assertThat(records)
        .filteredOn(r -> r.getLevel().intValue() == Level.WARNING.intValue())
        .filteredOn(r -> String.valueOf(r.getMessage()).contains("refused"))
        .hasSize(1);
  }

  @Test
  void largeAnswersAreCompressedAndSmallOnesAreNot() {
    String introspection =
        "{ __schema { types { name kind description fields { name description args { name } } } } }";
    given()
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .header("Accept-Encoding", "gzip")
        .contentType("application/json")
        .body(Map.of("query", introspection))
        .post("/graphql")
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip");
    String small =
        given()
            .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
            .header("Accept-Encoding", "gzip")
            .contentType("application/json")
            .body(Map.of("query", "{ __typename }"))
            .post("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .header("Content-Encoding");
    assertThat(small).isNotEqualTo("gzip");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errorsOf(JsonPath answer) {
    List<Map<String, Object>> errors = answer.getList("errors");
    assertThat(errors).isNotEmpty();
    return errors;
  }
}
