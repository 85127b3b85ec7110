package com.commercegraph.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.commercegraph.store.WithRedis;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * With QUARKUS_REDIS_HOSTS set, readiness says where shared state lives and that Redis answers; it
 * is the gateway's own check, not Quarkus's Redis check, which would be DOWN with Redis down.
 */
@QuarkusTest
@TestProfile(WithRedis.class)
class ReadinessWithRedisTest {

  @Test
  void readinessSaysSharedStateIsInARedisThatAnswersAndBudgetsAreShared() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body("checks.find { it.name == 'shared-state' }.status", is("UP"))
        .body("checks.find { it.name == 'shared-state' }.data.store", is("redis"))
        .body("checks.find { it.name == 'shared-state' }.data.reachable", is(true))
        .body("checks.find { it.name == 'shared-state' }.data.budgets", is("shared"))
        .body(
            "checks.name",
            everyItem(not(org.hamcrest.Matchers.containsStringIgnoringCase("redis"))));
  }
}
