package com.commercegraph.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.commercegraph.sandbox.shopwedo.ShopwedoAuthCheck;
import com.commercegraph.sandbox.shopwedo.ShopwedoSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SandboxOn.class)
class SandboxShopwedoTest {

  @Inject AdjustableSandboxClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void validSignatureIsAccepted() {
    call("authTest", auth(now(), salt(), null), "{}").statusCode(202);
  }

  @Test
  void wrongHmacIsRefused() {
    call("authTest", auth(now(), salt(), "0".repeat(128)), "{}")
        .statusCode(401)
        .body("error", equalTo("The token is invalid"));
  }

  @Test
  void timestampOlderThan15MinutesIsRefused() {
    long stale = now() - Duration.ofMinutes(16).toSeconds();
    call("authTest", auth(stale, salt(), null), "{}").statusCode(401);
  }

  @Test
  void signatureGoesStaleWhenTheClockMovesOn() {
    long signedAt = now();
    clock.advance(Duration.ofMinutes(15).plusSeconds(5));
    call("authTest", auth(signedAt, salt(), null), "{}").statusCode(401);
  }

  @Test
  void futureTimestampIsRefused() {
    call("authTest", auth(now() + 120, salt(), null), "{}")
        .statusCode(401)
        .body("error", equalTo("The timestamp is in the future"));
  }

  @Test
  void reusedSaltIsRefused() {
    String auth = auth(now(), salt(), null);
    call("authTest", auth, "{}").statusCode(202);
    call("authTest", auth, "{}")
        .statusCode(401)
        .body("error", equalTo("The salt has already been used"));
  }

  @Test
  void jsonBodyAsTheDocsPrintIsAcceptedToo() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"auth\": " + auth(now(), salt(), null) + ", \"data\": {\"order_id\": \"120001\"}}")
        .post(SandboxPaths.SHOPWEDO + "/getOrder")
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].order_id", equalTo((int) ShopwedoSandbox.FIRST_ORDER_ID));
  }

  @Test
  void cancelAfterFulfilmentStartedIs400() {
    // Seeded orders walk the status table in id order: the third one is Picking (6).
    long picking = ShopwedoSandbox.FIRST_ORDER_ID + 2;
    call("getOrder", auth(now(), salt(), null), "{\"order_id\": \"" + picking + "\"}")
        .body("[0].status", equalTo(6));
    call("cancelOrder", auth(now(), salt(), null), "{\"order_id\": \"" + picking + "\"}")
        .statusCode(400)
        .body("error", equalTo("Order fulfilment has already started"));
  }

  @Test
  void createdOrderCanBeCancelledBeforeRelease() {
    String data =
        """
        {"external_order_id": "SB-TEST-CANCEL",
         "shipping_address": {"firstname": "Jan", "street": "Kerkstraat", "number": "1",
           "zip": "2800", "city": "Mechelen", "country_iso2": "BE",
           "email": "jan@example.be", "phone": "+3215000000"},
         "items": [{"sku": 5001, "amount": 1}]}
        """;
    int orderId =
        call("createOrder", auth(now(), salt(), null), data)
            .statusCode(201)
            .extract()
            .path("order_id");
    call("cancelOrder", auth(now(), salt(), null), "{\"order_id\": \"" + orderId + "\"}")
        .statusCode(200);
    call("getOrder", auth(now(), salt(), null), "{\"order_id\": \"" + orderId + "\"}")
        .body("[0].status_string", equalTo("Cancelled"));
  }

  @Test
  void orderWithoutItemsIsRefused() {
    call("createOrder", auth(now(), salt(), null), "{\"external_order_id\": \"X\", \"items\": []}")
        .statusCode(400)
        .body("order_id", equalTo(false))
        .body("error", equalTo("order_items_empty"));
  }

  @Test
  void stockIsListedWithTheSharedSkuCodeAsReference() {
    call("getStock", auth(now(), salt(), null), "{\"sku\": " + ShopwedoSandbox.FIRST_SKU + "}")
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].reference", equalTo(SandboxCatalog.shopwedo().get(0).sku()));
  }

  private static ValidatableResponse call(String method, String auth, String data) {
    return given()
        .contentType(ContentType.URLENC)
        .formParam("auth", auth)
        .formParam("data", data)
        .post(SandboxPaths.SHOPWEDO + "/" + method)
        .then();
  }

  private long now() {
    return clock.now().getEpochSecond();
  }

  private static String salt() {
    return UUID.randomUUID().toString();
  }

  /** The auth object as JSON text, signed with the sandbox shop key unless a token is given. */
  static String auth(long timestamp, String salt, String token) {
    String shopId = SandboxCredentials.SHOPWEDO_SHOP_ID;
    String signed =
        token != null
            ? token
            : ShopwedoAuthCheck.sign(
                shopId + SandboxCredentials.SHOPWEDO_SHOP_KEY + timestamp + salt);
    return String.format(
        "{\"shopid\": %s, \"timestamp\": %d, \"salt\": \"%s\", \"token\": \"%s\"}",
        shopId, timestamp, salt, signed);
  }
}
