package com.commercegraph.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.commercegraph.sandbox.veeqo.VeeqoSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SandboxOn.class)
class SandboxVeeqoTest {

  @Inject AdjustableSandboxClock clock;

  @AfterEach
  void drainBucketAndResetClock() {
    // A minute drains any bucket (5 per second, 100 at most); then back to real time.
    clock.advance(Duration.ofMinutes(1));
    given().spec(veeqo()).get("/orders/" + VeeqoSandbox.FIRST_ORDER_ID).then().statusCode(200);
    clock.reset();
  }

  @Test
  void wrongApiKeyIsRefused() {
    given()
        .header("x-api-key", "not-the-sandbox-key")
        .get(SandboxPaths.VEEQO + "/orders")
        .then()
        .statusCode(401)
        .body("error_messages", hasSize(1));
  }

  @Test
  void oauthBearerTokenIsAccepted() {
    given()
        .header("Authorization", "Bearer " + SandboxCredentials.VEEQO_OAUTH_TOKEN)
        .get(SandboxPaths.VEEQO + "/orders/" + VeeqoSandbox.FIRST_ORDER_ID)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) VeeqoSandbox.FIRST_ORDER_ID));
  }

  @Test
  void ordersArePagedWithVeeqosHeaders() {
    given()
        .spec(veeqo())
        .queryParam("page", 2)
        .queryParam("page_size", 5)
        .get("/orders")
        .then()
        .statusCode(200)
        .header("X-Page-Index", "2")
        .header("X-Per-Page", "5")
        .header("X-Total-Count", String.valueOf(orderCount()))
        .header("X-Total-Pages-Count", String.valueOf((orderCount() + 4) / 5))
        .body("$", hasSize(5));
  }

  @Test
  void listsDefaultToTwelvePerPage() {
    given().spec(veeqo()).get("/products").then().statusCode(200).header("X-Per-Page", "12");
  }

  @Test
  void seededOrdersCoverEveryDocumentedStatus() {
    for (String status : VeeqoSandbox.STATUSES) {
      given()
          .spec(veeqo())
          .queryParam("status", status)
          .get("/orders")
          .then()
          .statusCode(200)
          .body("status", hasItem(status));
    }
  }

  @Test
  void aBurstBeyondTheBucketMeets429() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      statuses.add(given().spec(veeqo()).get("/channels").statusCode());
    }
    assertThat(statuses.subList(0, 90)).containsOnly(200);
    assertThat(statuses).contains(429);
  }

  @Test
  void unknownOrderIs404() {
    given().spec(veeqo()).get("/orders/1").then().statusCode(404);
  }

  @Test
  void stockUpdateShowsInTheProduct() {
    long sellable = VeeqoSandbox.FIRST_SELLABLE_ID + 2;
    given()
        .spec(veeqo())
        .contentType(ContentType.JSON)
        .body(Map.of("stock_entry", Map.of("physical_stock_level", 777, "infinite", false)))
        .put("/sellables/" + sellable + "/warehouses/" + VeeqoSandbox.WAREHOUSE_ID + "/stock_entry")
        .then()
        .statusCode(200)
        .body("physical_stock_level", equalTo(777));
    given()
        .spec(veeqo())
        .get("/products/" + (VeeqoSandbox.FIRST_PRODUCT_ID + 2))
        .then()
        .statusCode(200)
        .body("sellables[0].stock_entries[0].physical_stock_level", equalTo(777));
  }

  @Test
  void channelSellablesWithoutJsonApiAre415() {
    given()
        .spec(veeqo())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "data",
                Map.of(
                    "type",
                    "channel_sellables",
                    "attributes",
                    Map.of("sellable_id", VeeqoSandbox.FIRST_SELLABLE_ID, "channel_id", 1001))))
        .post("/api/v2/channel_sellables")
        .then()
        .statusCode(415);
  }

  private static int orderCount() {
    return Integer.parseInt(given().spec(veeqo()).get("/orders").header("X-Total-Count"));
  }

  static RequestSpecification veeqo() {
    return given()
        .basePath(SandboxPaths.VEEQO)
        .header("x-api-key", SandboxCredentials.VEEQO_API_KEY);
  }
}
