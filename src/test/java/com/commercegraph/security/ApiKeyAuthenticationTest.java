package com.commercegraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Without a known API key (and with no OIDC issuer configured, as in the test profile) no GraphQL
 * operation runs: 401, and no provider hears of it. GraphiQL's page stays open.
 */
@QuarkusTest
class ApiKeyAuthenticationTest {

  // Every listing provider is asked for its orders, so any leak would show in some WireMock.
  private static final String ORDERS =
      """
      { orders(first: 5) { edges { node { id } } } }
      """;

  @Test
  void noCredentialsIs401AndNoProviderIsCalled() {
    GraphQLClient.postWithoutCredentials(ORDERS).statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void anUnknownKeyIs401AndNoProviderIsCalled() {
    GraphQLClient.postWithKey("test-every-role-but-wrong", ORDERS).statusCode(401);
    GraphQLClient.postWithKey("", ORDERS).statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void theLocalDevKeyIsRefusedOutsideDevModeAndTheSandbox() {
    GraphQLClient.postWithKey(ApiKeyStore.LOCAL_DEV_KEY, ORDERS).statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void aBearerTokenIs401WhenNoIssuerIsConfigured() {
    GraphQLClient.postWithBearer("eyJhbGciOiJub25lIn0.eyJzY29wZSI6Im9yZGVyczpyZWFkIn0.", ORDERS)
        .statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void getQueriesAndTheServedSchemaNeedAKeyToo() {
    given()
        .queryParam("query", "{ providers { provider } }")
        .get("/graphql")
        .then()
        .statusCode(401);
    given().get("/graphql/schema.graphql").then().statusCode(401);
    given()
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .get("/graphql/schema.graphql")
        .then()
        .statusCode(200)
        .body(containsString("type Query"));
  }

  @Test
  void graphiqlsPageIsOpen() {
    given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
  }

  @Test
  void aConfiguredKeyGetsIn() {
    GraphQLClient.postWithKey("test-orders-read", "{ providers { provider } }")
        .statusCode(200)
        .body("data.providers", hasSize(4));
  }

  private void assertNoProviderCalled() {
    ProviderServers.assertNoneCalled();
  }
}
