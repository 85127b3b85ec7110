package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrdersPage.ids;
import static com.commercegraph.provider.veepe.VeepeStubs.listedOrderId;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of provider fault, met inside the merged {@code orders} list: REC+ fails, its part is
 * one error naming it with the code of the fault, Veeqo's and VeePe's orders are all there, and the
 * requests REC+ received prove whether the read was retried.
 */
@QuarkusTest
class ProviderFaultsTest {

  // The figures measured, for the build log; the assertions hold the bounds.
  private static final Logger LOG = Logger.getLogger(ProviderFaultsTest.class);

  private static final String PAGE =
      """
      query Orders($first: Int, $after: String) {
        orders(first: $first, after: $after) {
          edges { node { provider providerId } }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  private static final String RECPLUS_ORDERS = RecplusStubs.ORDERS;
  private static final int SLOW_MILLIS = 8_000;
  private static final int HANGING = 48;
  private static final List<String> OTHERS =
      List.of("VEEQO:101", "VEEPE:" + listedOrderId(1), "VEEQO:102", "VEEPE:" + listedOrderId(2));

  private final WireMockServer recplus = RecplusStubs.server();

  @BeforeEach
  void veeqoAndVeepeAnswer() {
    VeeqoStubs.ordersPage(
        1,
        1,
        2,
        VeeqoStubs.listedOrder(101, "2026-11-20T12:00:00Z"),
        VeeqoStubs.listedOrder(102, "2026-11-18T12:00:00Z"));
    VeepeStubs.ordersPage(
        1,
        1,
        2,
        VeepeStubs.listedOrder(listedOrderId(1), "2026-11-19T12:00:00Z"),
        VeepeStubs.listedOrder(listedOrderId(2), "2026-11-17T12:00:00Z"));
  }

  /** REC+ orders 1001, 1002, ... started at these times; the tests' site is in Europe/London. */
  private static ResponseDefinitionBuilder recplusOrders(String... startDates) {
    return RecplusStubs.orderList(
        IntStream.range(0, startDates.length)
            .mapToObj(i -> RecplusStubs.listedOrder(1001 + i, startDates[i]))
            .toArray(String[]::new));
  }

  /** A fault REC+ answers every order list with, what the gateway makes of it, and its tries. */
  enum RecplusFault {
    // The tests' read timeout is 1s: three tries fit the 4s retry budget.
    DELAY_PAST_READ_TIMEOUT(
        recplusOrders("2026-11-16T12:00:00").withFixedDelay(2_500), "PROVIDER_TIMEOUT", 3),
    SERVER_ERRORS(aResponse().withStatus(503), "PROVIDER_UNAVAILABLE", 3),
    CONNECTION_RESET(
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "PROVIDER_UNAVAILABLE", 3),
    // The HTTP client reports a broken chunk as the connection closing mid-answer, the same as a
    // dropped connection: transient, so retried, and for a write outcome-unknown.
    MALFORMED_CHUNK(
        aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK),
        "PROVIDER_UNAVAILABLE",
        3),
    // A body that cannot be read now will not be readable a moment later: not retried.
    UNPARSABLE_JSON(okJson("{\"orders\": [{\"id\": 1001,"), "PROVIDER_BAD_RESPONSE", 1);

    final ResponseDefinitionBuilder answer;
    final String code;
    final int tries;

    RecplusFault(ResponseDefinitionBuilder answer, String code, int tries) {
      this.answer = answer;
      this.code = code;
      this.tries = tries;
    }
  }

  @ParameterizedTest
  @EnumSource(RecplusFault.class)
  void aFaultyProviderIsOneErrorNamingItAndTheOthersOrdersAreAllAnswered(RecplusFault fault) {
    RecplusStubs.readAnswers(RECPLUS_ORDERS, fault.answer);

    JsonPath page = page(Map.of("first", 20));

    assertThat(ids(page)).containsExactlyElementsOf(OTHERS);
    assertThat(page.getList("errors")).hasSize(1);
    assertThat(page.getString("errors[0].extensions.code")).isEqualTo(fault.code);
    assertThat(page.getString("errors[0].extensions.provider")).isEqualTo("RECPLUS");
    recplus.verify(fault.tries, getRequestedFor(urlPathEqualTo(RECPLUS_ORDERS)));
  }

  @Test
  void aBurstOfServerErrorsIsRiddenOutByTheRetriesAndNothingIsMissing() {
    RecplusStubs.readAnswers(
        RECPLUS_ORDERS,
        aResponse().withStatus(503),
        aResponse().withStatus(500),
        recplusOrders("2026-11-16T12:00:00"));

    JsonPath page = page(Map.of("first", 20));

    assertThat(page.getList("errors")).isNull();
    List<String> all = new ArrayList<>(OTHERS);
    all.add("RECPLUS:1001");
    assertThat(ids(page)).containsExactlyElementsOf(all);
    recplus.verify(3, getRequestedFor(urlPathEqualTo(RECPLUS_ORDERS)));
  }

  @Test
  void aProviderSlowerThanItsTimeoutCostsTheMergedAnswerTheTimeoutNotItsDelay() {
    RecplusStubs.readAnswers(
        RECPLUS_ORDERS, recplusOrders("2026-11-16T12:00:00").withFixedDelay(SLOW_MILLIS));

    long started = System.nanoTime();
    JsonPath page = page(Map.of("first", 20));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(ids(page)).containsExactlyElementsOf(OTHERS);
    assertThat(page.getString("errors[0].extensions.code")).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(page.getString("errors[0].extensions.provider")).isEqualTo("RECPLUS");
    // Three 1s read timeouts with backoff between them: about 3.5s, never REC+'s 8s.
    assertThat(took).isLessThan(Duration.ofMillis(SLOW_MILLIS - 2_000));
    LOG.infof("merged orders with REC+ hanging answered in %d ms", took.toMillis());
  }

  @Test
  void aQueryNeedingOnlyVeeqoIsNotSlowedWhileRecplusCallsHang() throws Exception {
    VeeqoStubs.orderIs("42");
    // Slow but inside the read timeout, so REC+ answers (its breaker stays closed) while every
    // one of its 16 threads is held and more calls queue behind them.
    RecplusStubs.server()
        .stubFor(
            get(urlPathMatching(RECPLUS_ORDERS + "/1[0-9]{3}"))
                .willReturn(okJson(RecplusStubs.payload("order.json")).withFixedDelay(700)));
    veeqoOrderTook(); // the first call of a JVM pays for warming up: not the figure compared
    Duration alone = veeqoOrderTook();

    ExecutorService clients = Executors.newFixedThreadPool(HANGING);
    try {
      List<Future<?>> hanging = new ArrayList<>();
      for (int i = 0; i < HANGING; i++) {
        // Distinct orders: identical reads in flight would share one call.
        String document =
            """
            { orderByProviderId(provider: RECPLUS, providerId: "%d") { id } }
            """
                .formatted(1001 + i);
        hanging.add(clients.submit(() -> GraphQLClient.post(document)));
      }
      // REC+'s 16 threads are all taken; the other calls wait for them.
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> recplusOrderCalls() >= 16);

      Duration meanwhile = veeqoOrderTook();
      long stillHanging = hanging.stream().filter(call -> !call.isDone()).count();

      LOG.infof(
          "Veeqo order alone %d ms, while %d of %d REC+ calls wait %d ms",
          alone.toMillis(), stillHanging, HANGING, meanwhile.toMillis());
      // Answered while REC+ calls still queue for its threads, not after them (as when every
      // GraphQL request waited in one line); the time bound is loose, for a busy machine.
      assertThat(stillHanging).isPositive();
      assertThat(meanwhile).isLessThan(Duration.ofSeconds(5));
      for (Future<?> call : hanging) {
        call.get(30, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private int recplusOrderCalls() {
    return recplus.findAll(getRequestedFor(urlPathMatching(RECPLUS_ORDERS + "/1[0-9]{3}"))).size();
  }

  private Duration veeqoOrderTook() {
    long started = System.nanoTime();
    GraphQLClient.post(
            """
            { orderByProviderId(provider: VEEQO, providerId: "42") { providerId } }
            """)
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is("42"));
    return Duration.ofNanos(System.nanoTime() - started);
  }

  @Test
  void aProviderFailingMidWalkLosesNoOrderTheCursorResumesIt() {
    // REC+'s orders are the oldest, so the first page is Veeqo's and VeePe's only.
    RecplusStubs.readAnswers(RECPLUS_ORDERS, fourRecplusOrders());
    List<String> seen = new ArrayList<>();

    JsonPath first = page(Map.of("first", 3));
    assertThat(first.getList("errors")).isNull();
    seen.addAll(ids(first));

    RecplusStubs.readAnswers(RECPLUS_ORDERS, aResponse().withStatus(503));
    JsonPath second =
        page(Map.of("first", 3, "after", first.getString("data.orders.pageInfo.endCursor")));
    assertThat(second.getString("errors[0].extensions.code")).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(second.getString("errors[0].extensions.provider")).isEqualTo("RECPLUS");
    assertThat(ids(second)).containsExactly("VEEPE:" + listedOrderId(2));
    // Veeqo and VeePe are done and REC+ failed: the error says so, and the page does not claim
    // more, so a client paging to the end stops rather than loop on a failing provider; the end
    // cursor still resumes REC+ where it stood.
    assertThat(second.getBoolean("data.orders.pageInfo.hasNextPage")).isFalse();
    seen.addAll(ids(second));

    RecplusStubs.readAnswers(RECPLUS_ORDERS, fourRecplusOrders());
    String after = second.getString("data.orders.pageInfo.endCursor");
    for (int pages = 0; after != null && pages < 10; pages++) {
      JsonPath next = page(Map.of("first", 3, "after", after));
      assertThat(next.getList("errors")).isNull();
      seen.addAll(ids(next));
      after =
          next.getBoolean("data.orders.pageInfo.hasNextPage")
              ? next.getString("data.orders.pageInfo.endCursor")
              : null;
    }

    assertThat(seen)
        .containsExactly(
            "VEEQO:101",
            "VEEPE:" + listedOrderId(1),
            "VEEQO:102",
            "VEEPE:" + listedOrderId(2),
            "RECPLUS:1004",
            "RECPLUS:1003",
            "RECPLUS:1002",
            "RECPLUS:1001");
  }

  private static ResponseDefinitionBuilder fourRecplusOrders() {
    return recplusOrders(
        "2026-11-13T12:00:00", "2026-11-14T12:00:00", "2026-11-15T12:00:00", "2026-11-16T12:00:00");
  }

  private static JsonPath page(Map<String, Object> variables) {
    return GraphQLClient.answer(PAGE, variables);
  }
}
