package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An authenticated caller the endpoint's own permission refuses: 403 with a GraphQL error body. */
@QuarkusTest
@TestProfile(EndpointRoleRequired.class)
class EndpointForbiddenTest {

  @Test
  void aCallerWithoutTheEndpointsRoleIs403Forbidden() {
    given()
        .header("X-API-Key", "test-catalog-read")
        .contentType("application/json")
        .body(Map.of("query", "{ __typename }"))
        .post("/graphql")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/json"))
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
  }

  @Test
  void aCallerWithItIsLetIn() {
    given()
        .header("X-API-Key", "test-orders-read")
        .contentType("application/json")
        .body(Map.of("query", "{ __typename }"))
        .post("/graphql")
        .then()
        .statusCode(200)
        .body("data.__typename", equalTo("Query"));
  }
}
