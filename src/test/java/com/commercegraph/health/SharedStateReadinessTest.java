package com.commercegraph.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Without Redis, readiness says shared state is this process's memory and the budget all its own.
 */
@QuarkusTest
class SharedStateReadinessTest {

  @Test
  void readinessSaysSharedStateIsInMemoryWithTheWholeBudget() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body("checks.find { it.name == 'shared-state' }.status", is("UP"))
        .body("checks.find { it.name == 'shared-state' }.data.store", is("memory"))
        .body("checks.find { it.name == 'shared-state' }.data.reachable", is(true))
        .body("checks.find { it.name == 'shared-state' }.data.budgets", is("local share 1/1"));
  }
}
