package com.commercegraph.graphql.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Documents over a limit are refused with a code before any provider hears of them; the deepest
 * useful query and GraphiQL's introspection pass with the defaults.
 */
@QuarkusTest
class QueryLimitsTest {

  private static final List<String> LIMIT_CODES =
      List.of("QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX", "TOO_MANY_ALIASES");

  @AfterEach
  void noProviderWasCalled() {
    // Every test here is refused or answered without a provider, except the deep one, which
    // clears this itself.
    ProviderServers.assertNoneCalled();
  }

  @Test
  void aQueryDeeperThanTheLimitIsRefused() {
    // Introspection types nest without end: 16 levels, one past the default.
    GraphQLClient.post(
            """
            { __type(name: "Order") { fields { type { fields { type { fields { type { fields {
              type { fields { type { fields { type { fields { type { fields { name }
            } } } } } } } } } } } } } } } }
            """)
        .body("data", nullValue())
        .body("errors.extensions.code", contains("QUERY_TOO_DEEP"));
  }

  @Test
  void theDeepestUsefulQueryPasses() {
    GraphQLClient.post(
            """
            { orders(first: 5) { edges { node { id lines { sku product { name
              stock { onHand available } } } } } } }
            """)
        .body("data.orders", notNullValue())
        .body("errors.extensions.code", everyItem(not(isLimitCode())));
    ProviderServers.forgetRequests();
  }

  @Test
  void thousandsOfAliasesAreRefused() {
    String wide =
        IntStream.range(0, 2000)
            .mapToObj(i -> "a" + i + ": __typename")
            .limit(1000)
            .collect(Collectors.joining(" ", "{ ", " }"));
    GraphQLClient.post(wide)
        .body("data", nullValue())
        .body("errors.extensions.code", contains("TOO_MANY_ALIASES"));
  }

  @Test
  void aDocumentOfMoreTokensThanTheLimitIsRefusedUnparsed() {
    // Under the limit the document is parsed and refused on its merits; over it the parser stops
    // before the document is read to its end, and the refusal has a code of its own.
    GraphQLClient.post(fields(4990))
        .body("data", nullValue())
        .body("errors.extensions.code", contains("QUERY_TOO_COMPLEX"));
    GraphQLClient.post(fields(5010))
        .body("data", nullValue())
        .body("errors", hasSize(1))
        .body("errors[0].extensions.code", equalTo("TOO_MANY_TOKENS"));
  }

  /** A document of {@code tokens} parser tokens: braces and one name repeated. */
  private static String fields(int tokens) {
    return Stream.generate(() -> "__typename")
        .limit(tokens - 2)
        .collect(Collectors.joining(" ", "{ ", " }"));
  }

  @Test
  void aFragmentBombIsRefusedAsTooComplex() {
    // Each fragment spreads the one below twice: 2^7 copies of 5 fields from 60 tokens.
    GraphQLClient.post(
            """
            { providers { ...F7 } }
            fragment F0 on ProviderInfo { provider enabled healthy capabilities __typename }
            fragment F1 on ProviderInfo { ...F0 ...F0 }
            fragment F2 on ProviderInfo { ...F1 ...F1 }
            fragment F3 on ProviderInfo { ...F2 ...F2 }
            fragment F4 on ProviderInfo { ...F3 ...F3 }
            fragment F5 on ProviderInfo { ...F4 ...F4 }
            fragment F6 on ProviderInfo { ...F5 ...F5 }
            fragment F7 on ProviderInfo { ...F6 ...F6 }
            """)
        .body("data", nullValue())
        .body("errors.extensions.code", contains("QUERY_TOO_COMPLEX"));
  }

  @Test
  void aBodyOverTheSizeLimitIsRefusedWithHttp413() {
    String padding = "x".repeat(200 * 1024);
    postRaw(
            "{\"query\":\"{ providers { provider } }\",\"variables\":{\"pad\":\""
                + padding
                + "\"}}")
        .statusCode(413);
  }

  @Test
  void aHugeFirstIsBadUserInput() {
    GraphQLClient.post("{ orders(first: 1000000) { edges { node { id } } } }")
        .body("data.orders", nullValue())
        .body("errors.extensions.code", contains("BAD_USER_INPUT"));
    GraphQLClient.post("{ orders(first: 2147483648) { edges { node { id } } } }")
        .body("data", nullValue())
        .body("errors.extensions.code", contains("BAD_USER_INPUT"));
    GraphQLClient.post(
            "query ($first: Int) { orders(first: $first) { edges { node { id } } } }",
            Map.of("first", 2147483648L))
        .body("data", nullValue())
        .body("errors.extensions.code", contains("BAD_USER_INPUT"));
  }

  @Test
  void graphiqlsIntrospectionQueryPasses() {
    GraphQLClient.post(resource("graphql/graphiql-introspection.graphql"))
        .body("errors", nullValue())
        .body("data.__schema.queryType.name", is("Query"))
        .body("data.__schema.types.name", hasItem("Order"));
  }

  private static Matcher<Object> isLimitCode() {
    return in(List.<Object>copyOf(LIMIT_CODES));
  }

  /** A request GraphQLClient cannot send: a body past the size limit. */
  private static ValidatableResponse postRaw(String body) {
    return given()
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .body(body)
        .when()
        .post("/graphql")
        .then();
  }

  private static String resource(String path) {
    try (InputStream in = QueryLimitsTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
