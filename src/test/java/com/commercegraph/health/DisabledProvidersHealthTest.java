package com.commercegraph.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.NoProvidersConfigured;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * A provider without credentials is DISABLED: not a failure of the gateway, so its check is UP, and
 * not healthy in the {@code providers} query, which has always said so of a provider not
 * configured.
 */
@QuarkusTest
@TestProfile(NoProvidersConfigured.class)
class DisabledProvidersHealthTest {

  @Test
  void everyProviderWithoutCredentialsIsDisabledAndTheGatewayReady() {
    given()
        .get("/q/health/group/providers")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body(
            "checks.name",
            org.hamcrest.Matchers.containsInAnyOrder("VEEQO", "VEEPE", "RECPLUS", "SHOPWEDO"))
        .body("checks.status", everyItem(is("UP")))
        .body("checks.data.status", everyItem(is("DISABLED")));
    GraphQLClient.post("{ providers { provider enabled healthy status lastFailure { code } } }")
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.providers.status", everyItem(is("DISABLED")))
        .body("data.providers.healthy", everyItem(is(false)))
        .body("data.providers.lastFailure", everyItem(nullValue()));
    given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
  }
}
