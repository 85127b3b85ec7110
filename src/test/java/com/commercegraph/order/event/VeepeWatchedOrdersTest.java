package com.commercegraph.order.event;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.provider.AnswersInTurn;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * VeePe lists its orders newest first with no filter on what changed, so the polls read its newest
 * page and then, one by one ({@code GET /v1/orders/{id}}), a few of the open orders the gateway has
 * seen that were not on it: an order that has dropped to page 2 still gives its event.
 */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class VeepeWatchedOrdersTest {

  private static final String ORDERS = "/v1/orders";

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject OrderEventStream stream;

  private final OpenSockets sockets = new OpenSockets();

  @AfterEach
  void closeSockets() {
    sockets.closeAll(stream);
  }

  @Test
  void anOrderThatDroppedToPageTwoChangesStatusAndGivesOneEvent() {
    String older = id(901);
    String newer = id(902);
    String delivered = settled(newer, "2026-03-01T11:00:00Z");
    AnswersInTurn.stub(
        VeepeStubs.server(),
        get(urlPathEqualTo(ORDERS)),
        okJson(VeepeStubs.page(1, 1, 2, delivered, VeepeStubs.listedOrder(older, OLDER_DATE))),
        okJson(VeepeStubs.page(1, 2, 11, delivered)));
    VeepeStubs.orderAnswers(older, okJson(inStatus(older, "CANCELLED")));
    SocketClient socket = subscribed();

    await().atMost(Duration.ofSeconds(5)).until(() -> socket.results("s").size() == 1);
    JsonObject event = event(socket, 0);
    assertThat(event.getString("type")).isEqualTo("ORDER_STATUS_CHANGED");
    assertThat(event.getString("source")).isEqualTo("POLL");
    assertThat(event.getString("previousStatus")).isEqualTo("OPEN");
    assertThat(event.getJsonObject("order").getString("providerId")).isEqualTo(older);
    assertThat(event.getJsonObject("order").getString("status")).isEqualTo("CANCELLED");

    // A cancelled order is settled: it is not read again, and gives no second event.
    int pagesSoFar = pageReads().size();
    await().atMost(Duration.ofSeconds(5)).until(() -> pageReads().size() >= pagesSoFar + 3);
    assertThat(socket.results("s")).hasSize(1);
    List<LoggedRequest> reads = orderReads(older);
    assertThat(reads).hasSize(1);
    assertThat(reads.get(0).getHeader("Authorization")).isEqualTo(VeepeStubs.BEARER);
    assertThat(orderReads(newer)).as("on the newest page and settled").isEmpty();
    assertThat(pageReads())
        .allSatisfy(page -> assertThat(page.getUrl()).isEqualTo(ORDERS + "?page=1"));
  }

  @Test
  void anOpenOrderADashboardListedIsWatchedFromTheStateItWasShownIn() {
    String listed = id(911);
    AnswersInTurn.stub(
        VeepeStubs.server(),
        get(urlPathEqualTo(ORDERS)),
        okJson(VeepeStubs.page(1, 2, 11, VeepeStubs.listedOrder(listed, OLDER_DATE))),
        okJson(VeepeStubs.page(1, 2, 11, settled(id(912), "2026-03-01T11:00:00Z"))));
    VeepeStubs.orderAnswers(listed, okJson(inStatus(listed, "CONFIRMED")));
    GraphQLClient.answerWithoutErrors(
        """
        query Dashboard { orders(first: 1, filter: {providers: [VEEPE]}) { edges { node { id } } } }
        """,
        Map.of());
    SocketClient socket = subscribed();

    await().atMost(Duration.ofSeconds(5)).until(() -> socket.results("s").size() == 1);
    JsonObject event = event(socket, 0);
    assertThat(event.getString("type")).isEqualTo("ORDER_STATUS_CHANGED");
    assertThat(event.getString("previousStatus")).isEqualTo("OPEN");
    assertThat(event.getJsonObject("order").getString("providerId")).isEqualTo(listed);
    assertThat(event.getJsonObject("order").getString("status")).isEqualTo("CONFIRMED");

    // Still open, so still watched: read again in turn, unchanged, no more events.
    await().atMost(Duration.ofSeconds(5)).until(() -> orderReads(listed).size() >= 2);
    assertThat(socket.results("s")).hasSize(1);
  }

  @Test
  void eachPollReadsAFewWatchedOrdersTheLeastRecentlyCheckedFirst() {
    List<String> open = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (int n = 921; n <= 927; n++) {
      open.add(id(n));
      listed.add(VeepeStubs.listedOrder(id(n), "2026-02-0" + (n - 920) + "T10:00:00Z"));
      VeepeStubs.orderAnswers(
          id(n), okJson(VeepeStubs.listedOrder(id(n), "2026-02-0" + (n - 920) + "T10:00:00Z")));
    }
    AnswersInTurn.stub(
        VeepeStubs.server(),
        get(urlPathEqualTo(ORDERS)),
        okJson(VeepeStubs.page(1, 1, 7, listed.toArray(String[]::new))),
        okJson(VeepeStubs.page(1, 1, 0)));
    SocketClient socket = subscribed();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> open.stream().allMatch(id -> orderReads(id).size() >= 1));

    List<LoggedRequest> reads =
        VeepeStubs.server().findAll(getRequestedFor(urlPathMatching(ORDERS + "/[^/]+"))).stream()
            .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
            .toList();
    List<List<LoggedRequest>> polls = polls(reads);
    for (List<LoggedRequest> poll : polls) {
      assertThat(poll).hasSizeLessThanOrEqualTo(LiveOrdersProfile.VEEPE_ORDERS_PER_POLL);
    }
    // Least recently checked first: the first polls that read any of them read all seven in as
    // few polls as the slots allow (a poll starting at the front again would need more).
    List<Set<String>> ofThese =
        polls.stream()
            .map(
                poll ->
                    poll.stream()
                        .map(read -> read.getUrl().substring(ORDERS.length() + 1))
                        .filter(open::contains)
                        .collect(Collectors.toSet()))
            .filter(ids -> !ids.isEmpty())
            .toList();
    int slots = LiveOrdersProfile.VEEPE_ORDERS_PER_POLL;
    Set<String> readFirst = new HashSet<>();
    ofThese.subList(0, (open.size() + slots - 1) / slots).forEach(readFirst::addAll);
    assertThat(readFirst).containsExactlyInAnyOrderElementsOf(open);
    assertThat(socket.results("s")).as("nothing changed").isEmpty();
  }

  private static final String OLDER_DATE = "2026-03-01T10:00:00Z";

  /** Reads close together belong to one poll; a poll starts an interval after the last ended. */
  private static List<List<LoggedRequest>> polls(List<LoggedRequest> reads) {
    List<List<LoggedRequest>> polls = new ArrayList<>();
    long last = Long.MIN_VALUE;
    for (LoggedRequest read : reads) {
      long at = read.getLoggedDate().getTime();
      if (polls.isEmpty() || at - last > LiveOrdersProfile.POLL_INTERVAL_MILLIS * 3 / 4) {
        polls.add(new ArrayList<>());
      }
      polls.get(polls.size() - 1).add(read);
      last = at;
    }
    return polls;
  }

  private SocketClient subscribed() {
    SocketClient socket = sockets.open(graphql);
    socket.start(
        "s", LiveOrdersTest.EVENTS, Map.of("filter", Map.of("providers", List.of("VEEPE"))));
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 1);
    return socket;
  }

  private static JsonObject event(SocketClient socket, int index) {
    JsonObject result = socket.results("s").get(index);
    assertThat(result.getJsonArray("errors")).isNull();
    return result.getJsonObject("data").getJsonObject("orderEvents");
  }

  private static List<LoggedRequest> orderReads(String id) {
    return VeepeStubs.server().findAll(getRequestedFor(urlEqualTo(ORDERS + "/" + id)));
  }

  private static List<LoggedRequest> pageReads() {
    return VeepeStubs.server()
        .findAll(getRequestedFor(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("1")));
  }

  /** An order id of this test alone (the order states the gateway keeps outlive a test). */
  private static String id(int n) {
    return "00000000-0000-4000-8000-%012d".formatted(n);
  }

  private static String inStatus(String id, String status) {
    return VeepeStubs.listedOrder(id, OLDER_DATE).replace("\"OPEN\"", "\"" + status + "\"");
  }

  private static String settled(String id, String orderDate) {
    return VeepeStubs.listedOrder(id, orderDate).replace("\"OPEN\"", "\"DELIVERED\"");
  }
}
