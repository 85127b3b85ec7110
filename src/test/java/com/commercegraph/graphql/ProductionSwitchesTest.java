package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production switches: introspection, the printed schema and GraphiQL off, one dashboard origin
 * allowed; queries still work.
 */
@QuarkusTest
@TestProfile(ProductionSwitchesTest.Production.class)
class ProductionSwitchesTest {

  /** The settings a production deployment sets as environment variables. */
  public static class Production implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.smallrye-graphql.field-visibility", "no-introspection",
          "quarkus.smallrye-graphql.ui.enabled", "false",
          "commerce.cors.origins", "https://dashboard.example,https://ops.example");
    }
  }

  @Test
  void introspectionIsRefusedWithACode() {
    GraphQLClient.post("{ __schema { queryType { name } } }")
        .body("data", nullValue())
        .body("errors.extensions.code", contains("GRAPHQL_VALIDATION_FAILED"));
    GraphQLClient.post("{ __type(name: \"Order\") { name } }")
        .body("errors.extensions.code", contains("GRAPHQL_VALIDATION_FAILED"));
  }

  @Test
  void queriesStillWork() {
    GraphQLClient.post("{ providers { provider } __typename }")
        .body("errors", nullValue())
        .body("data.__typename", is("Query"));
  }

  @Test
  void thePrintedSchemaAndGraphiqlAreGone() {
    given()
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .when()
        .get("/graphql/schema.graphql")
        .then()
        .statusCode(404);
    given().when().get("/q/graphql-ui/").then().statusCode(404);
  }

  @Test
  void onlyTheConfiguredOriginsGetCorsHeaders() {
    CorsPreflight.from("https://dashboard.example")
        .header("Access-Control-Allow-Origin", is("https://dashboard.example"));
    CorsPreflight.from("https://ops.example")
        .header("Access-Control-Allow-Origin", is("https://ops.example"));
    CorsPreflight.from("https://evil.example").header("Access-Control-Allow-Origin", nullValue());
  }
}
