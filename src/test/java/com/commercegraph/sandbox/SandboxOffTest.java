package com.commercegraph.sandbox;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The test profile as every other test sees it: the sandbox is off and its paths are not there. */
@QuarkusTest
class SandboxOffTest {

  @Test
  void simulatorPathsAnswer404WhenTheSandboxIsOff() {
    given()
        .header("x-api-key", SandboxCredentials.VEEQO_API_KEY)
        .get(SandboxPaths.VEEQO + "/orders")
        .then()
        .statusCode(404);
    given()
        .contentType("application/json")
        .body("{}")
        .post(SandboxPaths.VEEPE + "/token")
        .then()
        .statusCode(404);
  }
}
