package com.commercegraph.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.sandbox.recplus.RecplusSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SandboxOn.class)
class SandboxRecplusTest {

  @Test
  void wrongPasswordIsRefusedWithRecplusErrorBody() {
    given()
        .auth()
        .preemptive()
        .basic(SandboxCredentials.RECPLUS_USERNAME, "wrong")
        .get(SandboxPaths.RECPLUS + "/orders")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Basic realm=\"REC+ API\"")
        .body("errors[0].status", equalTo(401));
  }

  @Test
  void ordersArePagedWithLimitOffsetAndThePagingObject() {
    given()
        .spec(recplus())
        .queryParam("limit", 10)
        .queryParam("offset", 10)
        .queryParam("fields", "*")
        .get("/orders")
        .then()
        .statusCode(200)
        .body("orders", hasSize(10))
        .body("count", equalTo(10))
        .body("paging.offset", equalTo(10))
        .body("paging.limit", equalTo(10))
        .body("paging.next_page_href", equalTo("/orders.json?fields=*&limit=10&offset=20"))
        .body("paging.previous_page_href", equalTo("/orders.json?fields=*&limit=10&offset=0"))
        .body("orders[0].lines[0].line_type", equalTo("PRODUCT"));
  }

  @Test
  void listsDefaultTo25AndTheLastPageHasNoNext() {
    int total =
        given().spec(recplus()).get("/orders").then().statusCode(200).extract().path("total_count");
    given()
        .spec(recplus())
        .get("/orders")
        .then()
        .body("paging.limit", equalTo(25))
        .body("orders", hasSize(Math.min(25, total)));
    given()
        .spec(recplus())
        .queryParam("offset", total - 1)
        .get("/orders")
        .then()
        .body("orders", hasSize(1))
        .body("paging.next_page_href", nullValue());
  }

  @Test
  void diffOnlyAnswersTheDiffAndChangesNothing() {
    String order = "/orders/" + RecplusSandbox.FIRST_ORDER_ID;
    String before = given().spec(recplus()).get(order).then().extract().path("status");
    given()
        .spec(recplus())
        .contentType(ContentType.JSON)
        .queryParam("diffOnly", true)
        .body(Map.of("status", "On Hold".equals(before) ? "Processing" : "On Hold"))
        .post(order)
        .then()
        .statusCode(200)
        .body("diff.status.from", equalTo(before));
    given().spec(recplus()).get(order).then().body("status", equalTo(before));
  }

  @Test
  void statusUpdateAnswers204AndShowsInLaterReads() {
    String order = "/orders/" + (RecplusSandbox.FIRST_ORDER_ID + 1);
    given()
        .spec(recplus())
        .contentType(ContentType.JSON)
        .body(Map.of("status", "Dispatched"))
        .post(order)
        .then()
        .statusCode(204);
    given().spec(recplus()).get(order).then().body("status", equalTo("Dispatched"));
  }

  @Test
  void updateWithoutStatusIs400() {
    given()
        .spec(recplus())
        .contentType(ContentType.JSON)
        .body(Map.of("fob", "x"))
        .post("/orders/" + RecplusSandbox.FIRST_ORDER_ID)
        .then()
        .statusCode(400)
        .body("errors[0].status", equalTo(400));
  }

  @Test
  void batchStockUpdateShowsInStockAndProduct() {
    given()
        .spec(recplus())
        .contentType(ContentType.JSON)
        .body(List.of(Map.of("code", "CG-MUG-002", "stock", 42, "cost", "4.00")))
        .post("/stock")
        .then()
        .statusCode(204);
    given().spec(recplus()).get("/stock/CG-MUG-002").then().body("stock", equalTo(42));
    given()
        .spec(recplus())
        .queryParam("identifier", "code")
        .get("/products/CG-MUG-002")
        .then()
        .body("stock.qty", equalTo(42));
  }

  @Test
  void unknownProductIs404WithTheDocumentedBody() {
    given()
        .spec(recplus())
        .get("/products/1")
        .then()
        .statusCode(404)
        .body("errors[0].message", equalTo("Product not found"));
  }

  private static RequestSpecification recplus() {
    return given()
        .basePath(SandboxPaths.RECPLUS)
        .auth()
        .preemptive()
        .basic(SandboxCredentials.RECPLUS_USERNAME, SandboxCredentials.RECPLUS_PASSWORD);
  }
}
