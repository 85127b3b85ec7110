package com.commercegraph.graphql;

import static com.commercegraph.graphql.MergedOrdersStubs.PAGE;
import static com.commercegraph.graphql.MergedOrdersStubs.ids;
import static com.commercegraph.graphql.MergedOrdersStubs.recplusOrders;
import static com.commercegraph.graphql.MergedOrdersStubs.veepeId;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.ProviderServers;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

  private static final String RECPLUS_ORDERS = "/api/v1/orders";
  private static final int SLOW_MILLIS = 8_000;
  private static final int HANGING = 48;
  private static final List<String> OTHERS =
      List.of("VEEQO:101", "VEEPE:" + veepeId(1), "VEEQO:102", "VEEPE:" + veepeId(2));

  private final WireMockServer veeqo = ProviderServers.of(Provider.VEEQO);
  private final WireMockServer veepe = ProviderServers.of(Provider.VEEPE);
  private final WireMockServer recplus = ProviderServers.of(Provider.RECPLUS);

  @BeforeEach
  void veeqoAndVeepeAnswer() {
    MergedOrdersStubs.veeqoOrders(veeqo, "2026-11-20T12:00:00Z", "2026-11-18T12:00:00Z");
    MergedOrdersStubs.veepeOrders(veepe, "2026-11-19T12:00:00Z", "2026-11-17T12:00:00Z");
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
    recplus.stubFor(get(urlPathEqualTo(RECPLUS_ORDERS)).willReturn(fault.answer));

    JsonPath page = page(Map.of("first", 20));

    assertThat(ids(page)).containsExactlyElementsOf(OTHERS);
    assertThat(page.getList("errors")).hasSize(1);
    assertThat(page.getString("errors[0].extensions.code")).isEqualTo(fault.code);
    assertThat(page.getString("errors[0].extensions.provider")).isEqualTo("RECPLUS");
    recplus.verify(fault.tries, getRequestedFor(urlPathEqualTo(RECPLUS_ORDERS)));
  }

  @Test
  void aBurstOfServerErrorsIsRiddenOutByTheRetriesAndNothingIsMissing() {
    recplus.stubFor(
        get(urlPathEqualTo(RECPLUS_ORDERS))
            .inScenario("burst")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("second"));
    recplus.stubFor(
        get(urlPathEqualTo(RECPLUS_ORDERS))
            .inScenario("burst")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("up"));
    recplus.stubFor(
        get(urlPathEqualTo(RECPLUS_ORDERS))
            .inScenario("burst")
            .whenScenarioStateIs("up")
            .willReturn(recplusOrders("2026-11-16T12:00:00")));

    JsonPath page = page(Map.of("first", 20));

    assertThat(page.getList("errors")).isNull();
    List<String> all = new ArrayList<>(OTHERS);
    all.add("RECPLUS:1001");
    assertThat(ids(page)).containsExactlyElementsOf(all);
    recplus.verify(3, getRequestedFor(urlPathEqualTo(RECPLUS_ORDERS)));
  }

  @Test
  void aProviderSlowerThanItsTimeoutCostsTheMergedAnswerTheTimeoutNotItsDelay() {
    recplus.stubFor(
        get(urlPathEqualTo(RECPLUS_ORDERS))
            .willReturn(recplusOrders("2026-11-16T12:00:00").withFixedDelay(SLOW_MILLIS)));

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
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/42"))
            .willReturn(okJson(resource("veeqo/orders/show.json").replace("13359622", "42"))));
    // Slow but inside the read timeout, so REC+ answers (its breaker stays closed) while every
    // one of its 16 threads is held and more calls queue behind them.
    recplus.stubFor(
        get(urlPathEqualTo(RECPLUS_ORDERS + "/1001"))
            .willReturn(okJson(RecplusStubs.resource("order.json")).withFixedDelay(700)));
    veeqoOrderTook(); // the first call of a JVM pays for warming up: not the figure compared
    Duration alone = veeqoOrderTook();

    ExecutorService clients = Executors.newFixedThreadPool(HANGING);
    try {
      List<Future<?>> hanging = new ArrayList<>();
      for (int i = 0; i < HANGING; i++) {
        hanging.add(
            clients.submit(
                () ->
                    GraphQLClient.post(
                        """
                        { orderByProviderId(provider: RECPLUS, providerId: "1001") { id } }
                        """)));
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
    return recplus.findAll(getRequestedFor(urlPathEqualTo(RECPLUS_ORDERS + "/1001"))).size();
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
    MergedOrdersStubs.veeqoOrders(veeqo, "2026-11-20T12:00:00Z", "2026-11-18T12:00:00Z");
    MergedOrdersStubs.veepeOrders(veepe, "2026-11-19T12:00:00Z", "2026-11-17T12:00:00Z");
    recplus.stubFor(
        get(urlPathEqualTo(RECPLUS_ORDERS))
            .willReturn(
                recplusOrders(
                    "2026-11-13T12:00:00",
                    "2026-11-14T12:00:00",
                    "2026-11-15T12:00:00",
                    "2026-11-16T12:00:00")));
    List<String> seen = new ArrayList<>();

    JsonPath first = page(Map.of("first", 3));
    assertThat(first.getList("errors")).isNull();
    seen.addAll(ids(first));

    recplus.stubFor(get(urlPathEqualTo(RECPLUS_ORDERS)).willReturn(aResponse().withStatus(503)));
    JsonPath second =
        page(Map.of("first", 3, "after", first.getString("data.orders.pageInfo.endCursor")));
    assertThat(second.getString("errors[0].extensions.code")).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(second.getString("errors[0].extensions.provider")).isEqualTo("RECPLUS");
    assertThat(ids(second)).containsExactly("VEEPE:" + veepeId(2));
    // Veeqo and VeePe are done, REC+ is not: the walk must go on.
    assertThat(second.getBoolean("data.orders.pageInfo.hasNextPage")).isTrue();
    seen.addAll(ids(second));

    recplus.stubFor(
        get(urlPathEqualTo(RECPLUS_ORDERS))
            .willReturn(
                recplusOrders(
                    "2026-11-13T12:00:00",
                    "2026-11-14T12:00:00",
                    "2026-11-15T12:00:00",
                    "2026-11-16T12:00:00")));
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
            "VEEPE:" + veepeId(1),
            "VEEQO:102",
            "VEEPE:" + veepeId(2),
            "RECPLUS:1004",
            "RECPLUS:1003",
            "RECPLUS:1002",
            "RECPLUS:1001");
  }

  private static String resource(String path) {
    try (InputStream in = ProviderFaultsTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonPath page(Map<String, Object> variables) {
    return GraphQLClient.post(PAGE, variables).statusCode(200).extract().jsonPath();
  }
}
