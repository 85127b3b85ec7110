package com.commercegraph.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.commercegraph.store.WithRedis;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With QUARKUS_REDIS_HOSTS set, readiness asks Redis too: shared state must be reachable. */
@QuarkusTest
@TestProfile(WithRedis.class)
class ReadinessWithRedisTest {

  @Test
  void readinessIncludesARedisCheckThatIsUp() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body("checks.name", hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("redis")));
  }
}
