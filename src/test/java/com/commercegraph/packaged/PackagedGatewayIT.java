package com.commercegraph.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged jar, started with no provider configured, serves GraphQL and GraphiQL. */
@QuarkusIntegrationTest
class PackagedGatewayIT {

  @Test
  void packagedAppServesGraphiQL() {
    given()
        .when()
        .get("/q/graphql-ui/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("GraphiQL"));
  }

  @Test
  void packagedAppAnswersProvidersWithEveryProviderListed() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("query", "{ providers { provider enabled } }"))
        .when()
        .post("/graphql")
        .then()
        .statusCode(200)
        .body("data.providers", hasSize(4));
  }
}
