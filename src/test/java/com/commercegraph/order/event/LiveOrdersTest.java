package com.commercegraph.order.event;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.money.Money;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLine;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.provider.AnswersInTurn;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ScrapedMetrics;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Live orders end to end: a real WebSocket client subscribed to {@code orderEvents} receives the
 * events of REC+ webhooks, of Veeqo polls and of the gateway's own writes, each change once; a slow
 * subscriber is ended alone (and counted).
 */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class LiveOrdersTest {

  static final String EVENTS =
      """
      subscription Events($filter: OrderEventFilter) {
        orderEvents(filter: $filter) {
          type source previousStatus at
          order { id provider providerId status }
        }
      }
      """;

  private static final String VEEQO_CHANGES = "/orders";

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject OrderEventStream stream;

  private final OpenSockets sockets = new OpenSockets();

  @AfterEach
  void closeSockets() {
    sockets.closeAll(stream);
  }

  @Test
  void aWebhookGivesAnEventWithinASecond() {
    SocketClient socket = subscribed("s", Map.of("providers", List.of("RECPLUS")));

    webhook(bearer(), wrapped("new.order", RecplusStubs.orderWithId(900001))).statusCode(200);

    await().atMost(Duration.ofSeconds(1)).until(() -> socket.results("s").size() == 1);
    JsonObject event = event(socket, 0);
    assertThat(event.getString("type")).isEqualTo("ORDER_CREATED");
    assertThat(event.getString("source")).isEqualTo("WEBHOOK");
    assertThat(event.getString("previousStatus")).isNull();
    assertThat(event.getJsonObject("order").getString("providerId")).isEqualTo("900001");
    assertThat(event.getJsonObject("order").getString("id"))
        .isEqualTo(NodeId.encode(Provider.RECPLUS, EntityKind.ORDER, "900001"));
  }

  @Test
  void theSameChangeSeenTwiceGivesOneEvent() {
    SocketClient socket = subscribed("s", Map.of("providers", List.of("RECPLUS")));
    String order = RecplusStubs.orderWithId(900002);

    webhook(bearer(), wrapped("update.order", order)).statusCode(200);
    given()
        .header("Authorization", basic())
        .contentType(ContentType.JSON)
        .body(order)
        .post("/webhooks/recplus?event=update.order")
        .then()
        .statusCode(200);
    webhook(bearer(), wrapped("update.order", order.replace("Payment Received", "Dispatched")))
        .statusCode(200);

    await().atMost(Duration.ofSeconds(2)).until(() -> socket.results("s").size() >= 2);
    await().during(Duration.ofMillis(500)).until(() -> socket.results("s").size() == 2);
    assertThat(event(socket, 0).getString("type")).isEqualTo("ORDER_UPDATED");
    assertThat(event(socket, 1).getString("type")).isEqualTo("ORDER_STATUS_CHANGED");
    assertThat(event(socket, 1).getString("previousStatus"))
        .isEqualTo(event(socket, 0).getJsonObject("order").getString("status"));
  }

  @Test
  void badWebhookCredentialsAre401AndGiveNoEvent() {
    SocketClient socket = subscribed("s", Map.of());
    String order = wrapped("new.order", RecplusStubs.orderWithId(900003));

    webhook("Bearer not-the-token", order).statusCode(401);
    webhook(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (LiveOrdersProfile.WEBHOOK_USER + ":wrong")
                            .getBytes(StandardCharsets.UTF_8)),
            order)
        .statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .body(order)
        .post("/webhooks/recplus")
        .then()
        .statusCode(401);
    webhook(bearer(), wrapped("new.order", RecplusStubs.orderWithId(900004))).statusCode(200);

    await().atMost(Duration.ofSeconds(2)).until(() -> socket.results("s").size() == 1);
    assertThat(event(socket, 0).getJsonObject("order").getString("providerId")).isEqualTo("900004");
  }

  @Test
  void aMalformedBodyIs400AndAnEventNotUsedIs204() {
    webhook(bearer(), "not json").statusCode(400);
    webhook(bearer(), "{\"event\":\"new.order\",\"data\":[1]}").statusCode(400);
    webhook(bearer(), "{\"event\":\"new.user\",\"data\":{\"id\":1}}").statusCode(204);
  }

  @Test
  void aVeeqoStatusChangeBetweenTwoPollsGivesOneEventAfterTheNextPoll() {
    AnswersInTurn.stub(
        VeeqoStubs.server(),
        get(urlPathEqualTo(VEEQO_CHANGES)).withQueryParam("updated_at_min", matching(".+")),
        okJson("[" + veeqoOrder("7001", "awaiting_stock", "2026-03-01T10:00:00Z") + "]"),
        okJson("[" + veeqoOrder("7001", "shipped", "2026-03-01T10:05:00Z") + "]"));
    SocketClient socket = subscribed("s", Map.of("providers", List.of("VEEQO")));

    await().atMost(Duration.ofSeconds(5)).until(() -> socket.results("s").size() == 1);
    JsonObject event = event(socket, 0);
    assertThat(event.getString("type")).isEqualTo("ORDER_STATUS_CHANGED");
    assertThat(event.getString("source")).isEqualTo("POLL");
    assertThat(event.getJsonObject("order").getString("status")).isEqualTo("SHIPPED");
    assertThat(event.getString("previousStatus")).isNotNull().isNotEqualTo("SHIPPED");

    // Later polls see the same change again: no more events.
    int polls = veeqoPolls().size();
    await().atMost(Duration.ofSeconds(5)).until(() -> veeqoPolls().size() >= polls + 2);
    assertThat(socket.results("s")).hasSize(1);
    assertThat(veeqoPolls())
        .allSatisfy(
            poll ->
                assertThat(poll.queryParameter("updated_at_min").firstValue())
                    .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
  }

  @Test
  void aHundredSubscribersCauseOnePollPerInterval() {
    VeeqoStubs.ordersAnswer(okJson("[]"));
    for (int s = 0; s < 5; s++) {
      SocketClient socket = SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY);
      sockets.add(socket);
      for (int op = 0; op < 20; op++) {
        socket.start("s" + op, EVENTS, Map.of("filter", Map.of("providers", List.of("VEEQO"))));
      }
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 100);
    VeeqoStubs.server().resetRequests();

    await().atMost(Duration.ofSeconds(5)).until(() -> veeqoPolls().size() >= 5);
    List<LoggedRequest> polls =
        veeqoPolls().stream().sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    for (int i = 1; i < polls.size(); i++) {
      long gap =
          polls.get(i).getLoggedDate().getTime() - polls.get(i - 1).getLoggedDate().getTime();
      assertThat(gap)
          .as("milliseconds between polls %d and %d", i - 1, i)
          .isGreaterThanOrEqualTo(LiveOrdersProfile.POLL_INTERVAL_MILLIS * 3 / 4);
    }
  }

  @Test
  void nobodyListeningMeansNoPolls() {
    VeeqoStubs.ordersAnswer(okJson("[]"));
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 0);
    VeeqoStubs.server().resetRequests();
    await()
        .during(Duration.ofMillis(LiveOrdersProfile.POLL_INTERVAL_MILLIS * 3))
        .atMost(Duration.ofSeconds(3))
        .until(() -> veeqoPolls().isEmpty());
  }

  @Test
  void theGatewaysOwnTransitionGivesOneEvent() {
    String order = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";
    VeepeStubs.orderAnswers(
        order, okJson(VeepeStubs.order("CONFIRMED")), okJson(VeepeStubs.order("PROCESSING")));
    VeepeStubs.statusChangeAnswers(order, okJson(VeepeStubs.payload("status-success.json")));
    SocketClient socket = subscribed("s", Map.of("providers", List.of("VEEPE")));

    GraphQLClient.answerWithoutErrors(
        """
        mutation Move($id: ID!) {
          transitionOrder(id: $id, to: PROCESSING) { order { status } userErrors { code } }
        }
        """,
        Map.of("id", NodeId.encode(Provider.VEEPE, EntityKind.ORDER, order)));

    await().atMost(Duration.ofSeconds(1)).until(() -> socket.results("s").size() == 1);
    await().during(Duration.ofMillis(500)).until(() -> socket.results("s").size() == 1);
    JsonObject event = event(socket, 0);
    assertThat(event.getString("type")).isEqualTo("ORDER_STATUS_CHANGED");
    assertThat(event.getString("source")).isEqualTo("GATEWAY");
    assertThat(event.getJsonObject("order").getString("status")).isEqualTo("PROCESSING");
  }

  @Test
  void aSubscriptionWithoutTheRoleIsRefusedAndTheSocketStaysOpen() {
    SocketClient socket = SocketClient.open(graphql).initWithKey("test-catalog-read");
    sockets.add(socket);
    socket.start("s", EVENTS, Map.of());
    socket.awaitMessage("complete", "s");
    JsonObject refused = socket.results("s").get(0);
    assertThat(refused.getJsonObject("data").getValue("orderEvents")).isNull();
    assertThat(
            refused
                .getJsonArray("errors")
                .getJsonObject(0)
                .getJsonObject("extensions")
                .getString("code"))
        .isEqualTo("FORBIDDEN");
    assertThat(stream.subscribers()).isZero();
    socket.start("p", "query { providers { provider } }", Map.of()).awaitMessage("complete", "p");
    assertThat(socket.closeCode()).isNull();
  }

  @Test
  void connectionsPerCallerAreBounded() {
    String key = "test-orders-write";
    for (int i = 0; i < LiveOrdersProfile.MAX_CONNECTIONS; i++) {
      sockets.add(SocketClient.open(graphql).initWithKey(key));
    }
    SocketClient oneTooMany = SocketClient.open(graphql);
    sockets.add(oneTooMany);
    oneTooMany.init(Map.of("X-API-Key", key));
    assertThat(oneTooMany.awaitClose()).isEqualTo(4429);

    SocketClient otherCaller = SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY);
    sockets.add(otherCaller);

    sockets.get(0).close();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> {
              SocketClient again = SocketClient.open(graphql);
              sockets.add(again);
              again.init(Map.of("X-API-Key", key));
              await()
                  .atMost(Duration.ofSeconds(5))
                  .until(
                      () ->
                          !again.messages("connection_ack", null).isEmpty()
                              || again.closeCode() != null);
              return again.closeCode() == null;
            });
  }

  @Test
  void aVeepeStatusChangeAmongItsNewestOrdersGivesOneEvent() {
    String id = VeepeStubs.listedOrderId(7);
    String open = VeepeStubs.listedOrder(id, "2026-03-01T10:00:00Z");
    AnswersInTurn.stub(
        VeepeStubs.server(),
        get(urlPathEqualTo("/v1/orders")),
        okJson(VeepeStubs.page(1, 1, 1, open)),
        okJson(VeepeStubs.page(1, 1, 1, open.replace("\"OPEN\"", "\"CONFIRMED\""))));
    SocketClient socket = subscribed("s", Map.of("providers", List.of("VEEPE")));

    await().atMost(Duration.ofSeconds(5)).until(() -> socket.results("s").size() == 1);
    JsonObject event = event(socket, 0);
    assertThat(event.getString("type")).isEqualTo("ORDER_STATUS_CHANGED");
    assertThat(event.getString("source")).isEqualTo("POLL");
    assertThat(event.getString("previousStatus")).isEqualTo("OPEN");
    assertThat(event.getJsonObject("order").getString("status")).isEqualTo("CONFIRMED");
  }

  @Test
  void aShopwedoOrderTheGatewayReadIsPolledAndItsChangeGivesOneEvent() {
    AnswersInTurn.stub(
        ShopwedoStubs.server(),
        post(urlEqualTo(ShopwedoStubs.API + "getOrder")),
        ShopwedoStubs.answer(200, "get-order.json"),
        ShopwedoStubs.answer(200, "get-order.json"),
        ShopwedoStubs.answer(200, "get-order-cancelled.json"));
    GraphQLClient.answerWithoutErrors(
        """
        { orderByProviderId(provider: SHOPWEDO, providerId: "123") { providerId status } }
        """,
        Map.of());
    SocketClient socket = subscribed("s", Map.of("providers", List.of("SHOPWEDO")));

    await().atMost(Duration.ofSeconds(5)).until(() -> socket.results("s").size() == 1);
    JsonObject event = event(socket, 0);
    assertThat(event.getString("type")).isEqualTo("ORDER_STATUS_CHANGED");
    assertThat(event.getString("source")).isEqualTo("POLL");
    assertThat(event.getJsonObject("order").getString("status")).isEqualTo("CANCELLED");
    assertThat(ShopwedoStubs.requests("getOrder")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aSlowSubscriberIsEndedAloneWithSubscriberTooSlow() {
    Map<String, Object> shopwedo = Map.of("filter", Map.of("providers", List.of("SHOPWEDO")));
    SocketClient fast = SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY);
    SocketClient slow = SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY);
    sockets.add(fast);
    sockets.add(slow);
    fast.start(
        "s",
        "subscription($filter: OrderEventFilter) { orderEvents(filter: $filter) { type } }",
        shopwedo);
    slow.start("s", EVERY_LINE, shopwedo);
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 2);
    slow.stopReading();
    double endedBefore = tooSlow();

    // Events of about 30 KB each, until the slow subscriber's socket, its TCP buffers and its own
    // buffer of SUBSCRIBER_BUFFER events are full and its subscription is ended. Half a buffer at a
    // time, each batch taken by the fast subscriber before the next: a burst longer than the buffer
    // would end any subscriber.
    int published = 0;
    while (stream.subscribers() == 2 && published < 3_000) {
      for (int i = 0; i < LiveOrdersProfile.SUBSCRIBER_BUFFER / 2; i++) {
        stream.publish(bigEvent(published++));
      }
      int upTo = published;
      await()
          .pollInterval(Duration.ofMillis(10))
          .atMost(Duration.ofSeconds(20))
          .until(() -> fast.results("s").size() == upTo);
    }
    int sent = published;
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 1);
    assertThat(tooSlow()).isEqualTo(endedBefore + 1);

    await().atMost(Duration.ofSeconds(20)).until(() -> fast.results("s").size() == sent);
    assertThat(fast.results("s"))
        .allSatisfy(result -> assertThat(result.getJsonArray("errors")).isNull());
    assertThat(fast.messages("complete", "s")).isEmpty();

    slow.resumeReading();
    slow.awaitMessage("complete", "s");
    List<JsonObject> slowResults = slow.results("s");
    JsonObject last = slowResults.get(slowResults.size() - 1);
    assertThat(
            last.getJsonArray("errors")
                .getJsonObject(0)
                .getJsonObject("extensions")
                .getString("code"))
        .isEqualTo("SUBSCRIBER_TOO_SLOW");
    assertThat(slowResults.size() - 1).isLessThan(sent);
    assertThat(slow.closeCode()).isNull();
  }

  private static final String EVERY_LINE =
      """
      subscription($filter: OrderEventFilter) {
        orderEvents(filter: $filter) { type order { providerId lines { sku name quantity } } }
      }
      """;

  /** A ShopWeDo order of 200 lines with long names: about 30 KB as a subscriber receives it. */
  private static OrderEvent bigEvent(int n) {
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add(
          new OrderLine(
              "SKU-" + i,
              "A product with a long descriptive name, number " + i + " ".repeat(60),
              1,
              new Money(BigDecimal.TEN, "EUR"),
              null));
    }
    Order order =
        new Order(
            Provider.SHOPWEDO,
            "slow-" + n,
            "slow-" + n,
            OrderStatus.OPEN,
            "open",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            lines,
            List.of(),
            List.of());
    return new OrderEvent(
        OrderEventType.ORDER_UPDATED, order, null, OffsetDateTime.now(), EventSource.POLL);
  }

  private static double tooSlow() {
    return ScrapedMetrics.read().value("commerce_events_subscribers_too_slow_total");
  }

  private SocketClient subscribed(String id, Map<String, Object> filter) {
    int before = stream.subscribers();
    SocketClient socket = sockets.open(graphql);
    socket.start(id, EVENTS, Map.of("filter", filter));
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == before + 1);
    return socket;
  }

  private static JsonObject event(SocketClient socket, int index) {
    JsonObject result = socket.results("s").get(index);
    assertThat(result.getJsonArray("errors")).isNull();
    return result.getJsonObject("data").getJsonObject("orderEvents");
  }

  private static List<LoggedRequest> veeqoPolls() {
    return VeeqoStubs.server()
        .findAll(
            getRequestedFor(urlPathEqualTo(VEEQO_CHANGES))
                .withQueryParam("updated_at_min", matching(".+")));
  }

  /** The documented Veeqo order under another id, status and update time. */
  static String veeqoOrder(String id, String status, String updatedAt) {
    return VeeqoStubs.orderWithId(id)
        .replaceFirst("\"status\": \"awaiting_stock\"", "\"status\": \"" + status + "\"")
        .replaceFirst(
            "\"updated_at\": \"2018-01-19T18:11:07.098Z\"",
            "\"updated_at\": \"" + updatedAt + "\"");
  }

  static String wrapped(String event, String data) {
    return "{\"event\":\"" + event + "\",\"data\":" + data + "}";
  }

  static String bearer() {
    return "Bearer " + LiveOrdersProfile.WEBHOOK_TOKEN;
  }

  static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (LiveOrdersProfile.WEBHOOK_USER + ":" + LiveOrdersProfile.WEBHOOK_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
  }

  static io.restassured.response.ValidatableResponse webhook(String authorization, String body) {
    return given()
        .header("Authorization", authorization)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/webhooks/recplus")
        .then();
  }
}
