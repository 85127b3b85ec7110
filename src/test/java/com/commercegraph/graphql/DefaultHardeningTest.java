package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Out of the box: no browser origin may call the API; GraphiQL and introspection are on. */
@QuarkusTest
class DefaultHardeningTest {

  @Test
  void noOriginIsAllowedByDefault() {
    CorsPreflight.from("https://dashboard.example")
        .header("Access-Control-Allow-Origin", nullValue());
    CorsPreflight.from("http://localhost:3000").header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void graphiqlIsServed() {
    given().when().get("/q/graphql-ui/").then().statusCode(200);
  }
}
