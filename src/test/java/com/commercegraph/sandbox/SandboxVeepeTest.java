package com.commercegraph.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isA;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.commercegraph.sandbox.veepe.VeepeSandbox;
import com.commercegraph.sandbox.veepe.VeepeTokenIssuer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SandboxOn.class)
class SandboxVeepeTest {

  @Inject AdjustableSandboxClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void tokenEndpointAnswersTheDocumentedFields() {
    given()
        .contentType(ContentType.JSON)
        .body(credentials(SandboxCredentials.VEEPE_CLIENT_SECRET))
        .post(SandboxPaths.VEEPE + "/token")
        .then()
        .statusCode(200)
        .body("token_type", equalTo("Bearer"))
        .body("expires_in", equalTo(3600))
        .body("access_token", startsWith("sbx."));
  }

  @Test
  void wrongClientSecretIsRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(credentials("wrong"))
        .post(SandboxPaths.VEEPE + "/token")
        .then()
        .statusCode(401)
        .body("errorMessage", equalTo("Invalid client credentials"));
  }

  @Test
  void expiredTokenIsRefused() {
    String token = token();
    given().spec(veepe(token)).get("/orders").then().statusCode(200);
    clock.advance(VeepeTokenIssuer.LIFETIME.plusSeconds(1));
    given()
        .spec(veepe(token))
        .get("/orders")
        .then()
        .statusCode(401)
        .body("errorCode", equalTo(1006));
  }

  @Test
  void missingTokenIsRefused() {
    given().get(SandboxPaths.VEEPE + "/orders").then().statusCode(401);
  }

  @Test
  void forbiddenTransitionIs409() {
    String orderId = newOrder("SB-T-409");
    given()
        .spec(veepe(token()))
        .contentType(ContentType.JSON)
        .body(Map.of("orderStatus", "SHIPPED"))
        .put("/orders/" + orderId + "/status")
        .then()
        .statusCode(409);
  }

  @Test
  void allowedTransitionIsRecordedAndLocksTheOrder() {
    String token = token();
    String orderId = newOrder("SB-T-OK");
    given()
        .spec(veepe(token))
        .contentType(ContentType.JSON)
        .body(Map.of("orderStatus", "CONFIRMED", "note", "paid"))
        .put("/orders/" + orderId + "/status")
        .then()
        .statusCode(200)
        .body("success", equalTo(true));
    given()
        .spec(veepe(token))
        .get("/orders/" + orderId)
        .then()
        .body("orderStatus", equalTo("CONFIRMED"))
        .body("orderStatusEvents", hasSize(1))
        .body("orderStatusEvents[0].payload.orderStatusComment", equalTo("paid"));
    // veepe-api.txt: only OPEN orders can be updated.
    given()
        .spec(veepe(token))
        .contentType(ContentType.JSON)
        .body(Map.of("amount", Map.of("value", 100, "currency", "INR")))
        .put("/orders/" + orderId)
        .then()
        .statusCode(409);
  }

  @Test
  void duplicateMerchantOrderReferenceReturnsTheSameOrder() {
    String first = newOrder("SB-DUP-1");
    String second = newOrder("SB-DUP-1");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void shortMerchantOrderReferenceIs400() {
    given()
        .spec(veepe(token()))
        .contentType(ContentType.JSON)
        .body(order("ab"))
        .post("/orders")
        .then()
        .statusCode(400)
        .body("errorCode", equalTo(1001));
  }

  @Test
  void ordersArePagedByTenWithTotalsAsStrings() {
    given()
        .spec(veepe(token()))
        .queryParam("page", 2)
        .get("/orders")
        .then()
        .statusCode(200)
        .body("page", equalTo("2"))
        .body("data", hasSize(10))
        .body("totalRecords", isA(String.class))
        .body("totalPages", isA(String.class));
  }

  @Test
  void seededOrderIsReadableByItsUuid() {
    given()
        .spec(veepe(token()))
        .get("/orders/" + seededOrderId(1))
        .then()
        .statusCode(200)
        .body("merchantOrderReference", equalTo("SB-REF-1001"))
        .body("orderStatus", equalTo("OPEN"));
  }

  @Test
  void reportTurnsCompletedAfterTheDelay() {
    String token = token();
    String reportId =
        given()
            .spec(veepe(token))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "type", "ORDER_REPORT",
                    "startTimestamp", "1751932800000",
                    "endTimestamp", "1754428799000"))
            .post("/reports")
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .body("downloadLink", nullValue())
            .extract()
            .path("reportId");
    clock.advance(VeepeSandbox.REPORT_DELAY);
    given()
        .spec(veepe(token))
        .get("/reports/" + reportId)
        .then()
        .body("status", equalTo("COMPLETED"))
        .body("downloadLink", endsWith(reportId + ".pdf"));
  }

  @Test
  void invoiceIsCreatedAndRead() {
    String token = token();
    String orderId = newOrder("SB-INV-1");
    String invoiceId =
        given()
            .spec(veepe(token))
            .post("/orders/" + orderId + "/invoice")
            .then()
            .statusCode(201)
            .body("orderId", equalTo(orderId))
            .extract()
            .path("invoiceId");
    given()
        .spec(veepe(token))
        .get("/orders/" + orderId + "/invoice/" + invoiceId)
        .then()
        .statusCode(200)
        .body("merchantName", equalTo(VeepeSandbox.MERCHANT_NAME));
  }

  /** The seeded order ids are name-based UUIDs: the same on every start. */
  private static String seededOrderId(int n) {
    return UUID.nameUUIDFromBytes(("veepe-sandbox:order-" + n).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static String newOrder(String reference) {
    return given()
        .spec(veepe(token()))
        .contentType(ContentType.JSON)
        .body(order(reference))
        .post("/orders")
        .then()
        .statusCode(anyOf(equalTo(200), equalTo(201)))
        .body("orderStatus", equalTo("OPEN"))
        .extract()
        .path("orderId");
  }

  private static Map<String, Object> order(String reference) {
    return Map.of(
        "orderType",
        "SALE",
        "channel",
        "APP",
        "merchantOrderReference",
        reference,
        "amount",
        Map.of("currency", "INR", "value", 500),
        "customer",
        Map.of("name", "Vikas Pandey", "email", "vikas@example.com"),
        "orderDetails",
        Map.of("items", List.of(Map.of("name", "Cable", "quantity", 2, "unitPrice", 250))));
  }

  static String token() {
    return given()
        .contentType(ContentType.JSON)
        .body(credentials(SandboxCredentials.VEEPE_CLIENT_SECRET))
        .post(SandboxPaths.VEEPE + "/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static Map<String, String> credentials(String secret) {
    return Map.of(
        "grantType",
        "client_credentials",
        "clientId",
        SandboxCredentials.VEEPE_CLIENT_ID,
        "clientSecret",
        secret);
  }

  private static RequestSpecification veepe(String token) {
    return given().basePath(SandboxPaths.VEEPE).header("Authorization", "Bearer " + token);
  }
}
