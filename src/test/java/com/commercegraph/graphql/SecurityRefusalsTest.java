package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.commercegraph.security.ApiKeyAuthenticationMechanism;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller that is not let in gets a GraphQL error body, not an empty one (GraphiQL would show
 * "Unexpected end of JSON input"), and a 401 names the schemes that let it in.
 */
@QuarkusTest
class SecurityRefusalsTest {

  @Test
  void withoutCredentialsAPostIs401WithTheSchemesAndUnauthenticated() {
    given()
        .contentType("application/json")
        .body(Map.of("query", "{ __typename }"))
        .post("/graphql")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", equalTo(ApiKeyAuthenticationMechanism.CHALLENGE))
        .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Bearer"))
        .contentType(startsWith("application/json"))
        .body("errors", hasSize(1))
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void anUnknownKeyIs401Too() {
    given()
        .header("X-API-Key", "not-a-key")
        .queryParam("query", "{ __typename }")
        .get("/graphql")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("ApiKey"))
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void theServedSchemaAnswers401AsJsonToo() {
    given()
        .get("/graphql/schema.graphql")
        .then()
        .statusCode(401)
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }
}
