package com.commercegraph.packaged;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.OrderInputs;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.packaged.TwoGateways.Gateway;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged gateways on one Redis ({@link TwoGateways}) behave as one towards the providers and
 * the clients: one provider budget, one create per reference, one event stream, one poller, and
 * reads that go on while Redis is down. Every test counts what the Veeqo stand-in received and from
 * which instance.
 */
class TwoGatewaysIT {

  /** veeqo-api-txt: a bucket of 100 requests drained at 5 per second, for the whole account. */
  private static final int VEEQO_BUCKET = 100;

  private static final int VEEQO_RATE_PER_SECOND = 5;

  /** veeqo/orders/show.json: Veeqo's id of the order it created. */
  private static final String VEEQO_ORDER_ID = VeeqoStubs.SAMPLE_ORDER_ID;

  private static final String ORDER_BY_ID =
      """
      query One($id: String!) {
        orderByProviderId(provider: VEEQO, providerId: $id) { providerId }
      }
      """;

  private static final String ORDERS =
      """
      query Orders {
        orders(first: 5, filter: {providers: [VEEQO]}) { edges { node { provider providerId } } }
      }
      """;

  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) {
          order { provider providerId number }
          userErrors { field code }
        }
      }
      """;

  private static final String EVENTS =
      """
      subscription Events($filter: OrderEventFilter) {
        orderEvents(filter: $filter) { type source order { provider providerId } }
      }
      """;

  @TempDir Path workDir;

  private TwoGateways gateways;
  private WireMockServer veeqo;
  private final List<SocketClient> sockets = new ArrayList<>();

  @BeforeEach
  void startTwoGatewaysOnOneRedis() {
    gateways = TwoGateways.start(workDir);
    veeqo = gateways.veeqo();
    // Change polls (while someone subscribes) and the search before a create find nothing; the
    // product search finds no SKU, so a create's numeric line sku is sent as the sellable id.
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veeqo.stubFor(get(urlPathEqualTo("/products")).willReturn(okJson("[]")));
  }

  @AfterEach
  void stopEverything() {
    sockets.forEach(SocketClient::close);
    gateways.close();
  }

  @Test
  void aBurstOfVeeqoReadsSplitOverBothInstancesKeepsToVeeqosBucketAndRate() throws Exception {
    veeqo.stubFor(
        get(urlPathMatching("/orders/\\d+"))
            .willReturn(
                okJson(VeeqoStubs.orderWithId("{{request.pathSegments.[1]}}"))
                    .withTransformers("response-template")));
    // Warm, as gateways in service are: the first reads of a fresh JVM are slow.
    List<String> warmUp = List.of("799990", "799991", "799992", "799993");
    for (int i = 0; i < warmUp.size(); i++) {
      Gateway gateway = i % 2 == 0 ? gateways.one() : gateways.two();
      assertThat(
              gateway
                  .graphql(ORDER_BY_ID, Map.of("id", warmUp.get(i)))
                  .getString("data.orderByProviderId.providerId"))
          .isEqualTo(warmUp.get(i));
    }
    int burst = 120;

    List<Callable<Answer>> reads = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      Gateway gateway = i % 2 == 0 ? gateways.one() : gateways.two();
      String id = String.valueOf(800_000 + i);
      reads.add(() -> Answer.timed(id, () -> gateway.graphql(ORDER_BY_ID, Map.of("id", id))));
    }
    List<Answer> answers = allAtOnce(reads);

    List<LoggedRequest> sent = gateways.veeqoGets("/orders/\\d+");
    List<Answer> answered = answers.stream().filter(Answer::answered).toList();
    long limited = answers.stream().filter(a -> "RATE_LIMITED".equals(a.code())).count();
    assertThat(answered.size() + limited)
        .as("every read is answered or refused RATE_LIMITED: %s", answers)
        .isEqualTo(burst);
    assertThat(limited).as("the burst is larger than the budget").isPositive();
    assertThat(sent).as("a refused read sends nothing").hasSize(warmUp.size() + answered.size());
    assertThat(sent.stream().map(TwoGateways::sentBy).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("one", "two");
    assertThat(sent)
        .allSatisfy(
            request ->
                assertThat(request.getHeader("x-api-key")).isEqualTo(TwoGateways.VEEQO_API_KEY));
    assertWithinVeeqosLimit(sent);
    assertThat(answers)
        .as("waits are bounded (2 s for a turn, then RATE_LIMITED)")
        .allSatisfy(answer -> assertThat(answer.tookMillis()).isLessThan(20_000));
  }

  @Test
  void theSameReferenceSentToBothInstancesAtOnceMakesOneVeeqoCreate() throws Exception {
    String reference = "IT-TWO-" + System.nanoTime();
    // Slow enough that the second request arrives while the first is being sent.
    veeqo.stubFor(
        post(urlPathEqualTo("/orders"))
            .willReturn(okJson(VeeqoStubs.order(reference)).withStatus(201).withFixedDelay(1500)));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/" + VEEQO_ORDER_ID))
            .willReturn(okJson(VeeqoStubs.order(reference))));
    Map<String, Object> variables = Map.of("input", OrderInputs.veeqoAmazonOrder(reference));

    List<Answer> answers =
        allAtOnce(
            List.of(
                () -> Answer.timed(reference, () -> gateways.one().graphql(CREATE, variables)),
                () -> Answer.timed(reference, () -> gateways.two().graphql(CREATE, variables))));

    for (Answer answer : answers) {
      assertThat(answer.body().getList("errors")).as(answer.toString()).isNull();
      assertThat(answer.body().getList("data.createOrder.userErrors")).isEmpty();
      assertThat(answer.body().getString("data.createOrder.order.providerId"))
          .isEqualTo(VEEQO_ORDER_ID);
      assertThat(answer.body().getString("data.createOrder.order.number")).isEqualTo(reference);
    }
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withHeader("x-api-key", equalTo(TwoGateways.VEEQO_API_KEY))
            .withRequestBody(matchingJsonPath("$.order.number", equalTo(reference))));
  }

  @Test
  void aRecplusWebhookPostedToOneInstanceReachesASubscriberOfTheOther() {
    SocketClient subscriber = subscribe(gateways.two(), "RECPLUS");

    // The subscription starts on a worker of instance two: webhooks until it has heard one.
    long[] next = {910_000};
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              assertThat(gateways.one().recplusWebhook(newOrder(++next[0]))).isEqualTo(200);
              return !subscriber.results("s").isEmpty();
            });

    long order = next[0] + 1;
    assertThat(gateways.one().recplusWebhook(newOrder(order))).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> eventsFor(subscriber, String.valueOf(order)).size() == 1);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .until(() -> eventsFor(subscriber, String.valueOf(order)).size() == 1);
    JsonObject event = eventsFor(subscriber, String.valueOf(order)).get(0);
    assertThat(event.getString("type")).isEqualTo("ORDER_CREATED");
    assertThat(event.getString("source")).isEqualTo("WEBHOOK");
    assertThat(event.getJsonObject("order").getString("provider")).isEqualTo("RECPLUS");
  }

  @Test
  void killingTheInstanceThatPollsVeeqoHandsPollingToTheOtherWithinTwoIntervals() {
    subscribe(gateways.one(), "VEEQO");
    subscribe(gateways.two(), "VEEQO");
    await().atMost(Duration.ofSeconds(30)).until(() -> veeqoPolls().size() >= 2);

    veeqo.resetRequests();
    await().atMost(Duration.ofSeconds(60)).until(() -> veeqoPolls().size() >= 4);
    List<LoggedRequest> polls = veeqoPolls();
    assertThat(polls.stream().map(TwoGateways::sentBy).distinct().toList())
        .as("one instance polls while both live")
        .hasSize(1);
    String holder = TwoGateways.sentBy(polls.get(0));
    Gateway polling = holder.equals("one") ? gateways.one() : gateways.two();
    String survivor = holder.equals("one") ? "two" : "one";

    polling.kill();

    Duration twoIntervals = TwoGateways.POLL_INTERVAL.multipliedBy(2);
    // A little on top of the contract for a loaded machine's scheduling, no more.
    await()
        .atMost(twoIntervals.plusSeconds(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> polls(survivor) >= 1);
    int before = polls(survivor);
    await().atMost(twoIntervals.multipliedBy(3)).until(() -> polls(survivor) >= before + 2);
    assertThat(veeqoPolls())
        .allSatisfy(
            poll -> assertThat(poll.getHeader("x-api-key")).isEqualTo(TwoGateways.VEEQO_API_KEY));
  }

  @Test
  void withRedisStoppedReadsGoOnCreatesAreRefusedWithNothingSentAndRecoverWithoutARestart() {
    veeqo.stubFor(
        get(urlPathEqualTo("/orders"))
            .withQueryParam("query", absent())
            .willReturn(
                VeeqoStubs.page(
                    "[" + VeeqoStubs.listedOrder(5001, "2026-03-01T10:00:00Z") + "]", 1, 1, 1, 5)));
    String reference = "IT-REDIS-DOWN-" + System.nanoTime();
    veeqo.stubFor(
        post(urlPathEqualTo("/orders"))
            .willReturn(okJson(VeeqoStubs.order(reference)).withStatus(201)));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/" + VEEQO_ORDER_ID))
            .willReturn(okJson(VeeqoStubs.order(reference))));
    Map<String, Object> create = Map.of("input", OrderInputs.veeqoAmazonOrder(reference));

    gateways.stopRedis();

    for (Gateway gateway : List.of(gateways.one(), gateways.two())) {
      JsonPath read = gateway.graphql(ORDERS, Map.of());
      assertThat(read.getList("errors")).as(read.prettify()).isNull();
      assertThat(read.getList("data.orders.edges.node.providerId", String.class))
          .containsExactly("5001");

      int sentBefore = gateways.veeqoRequests();
      JsonPath refused = gateway.graphql(CREATE, create);
      // README "Writes": an error of the mutation (as OUTCOME_UNKNOWN), not a userError: nothing
      // is wrong with the input.
      assertThat(refused.getList("errors.extensions.code", String.class))
          .as(refused.prettify())
          .containsExactly("REFERENCE_STORE_UNAVAILABLE");
      assertThat(refused.getString("data.createOrder")).isNull();
      assertThat(gateways.veeqoRequests()).as("nothing sent to Veeqo").isEqualTo(sentBefore);

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                JsonPath ready = gateway.readiness();
                assertThat(ready.getString("status")).isEqualTo("UP");
                assertThat(ready.getString("checks.find { it.name == 'shared-state' }.status"))
                    .isEqualTo("UP");
                assertThat(
                        String.valueOf(
                            ready.getString(
                                "checks.find { it.name == 'shared-state' }.data.reachable")))
                    .isEqualTo("false");
              });
    }
    veeqo.verify(0, postRequestedFor(urlPathEqualTo("/orders")));

    gateways.startRedis();

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(
                        gateways
                            .two()
                            .graphql(CREATE, create)
                            .getString("data.createOrder.order.providerId"))
                    .isEqualTo(VEEQO_ORDER_ID));
    assertThat(
            gateways.one().graphql(CREATE, create).getString("data.createOrder.order.providerId"))
        .isEqualTo(VEEQO_ORDER_ID);
    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(matchingJsonPath("$.order.number", equalTo(reference))));
  }

  /**
   * In every window between two requests Veeqo received, at most its bucket plus its rate over the
   * window's length: what Veeqo itself would allow without a 429.
   */
  private static void assertWithinVeeqosLimit(List<LoggedRequest> sent) {
    List<Long> at =
        sent.stream()
            .map(r -> r.getLoggedDate().getTime())
            .sorted(Comparator.naturalOrder())
            .toList();
    for (int first = 0; first < at.size(); first++) {
      for (int last = first; last < at.size(); last++) {
        double seconds = (at.get(last) - at.get(first)) / 1000.0;
        int requests = last - first + 1;
        assertThat((double) requests)
            .as("requests in the %.3f s from request %d", seconds, first)
            .isLessThanOrEqualTo(VEEQO_BUCKET + VEEQO_RATE_PER_SECOND * seconds);
      }
    }
  }

  private SocketClient subscribe(Gateway gateway, String provider) {
    SocketClient socket = SocketClient.open(gateway.graphql()).initWithKey(TwoGateways.KEY);
    sockets.add(socket);
    socket.start("s", EVENTS, Map.of("filter", Map.of("providers", List.of(provider))));
    return socket;
  }

  private static List<JsonObject> eventsFor(SocketClient socket, String providerId) {
    return socket.results("s").stream()
        .map(result -> result.getJsonObject("data").getJsonObject("orderEvents"))
        .filter(event -> providerId.equals(event.getJsonObject("order").getString("providerId")))
        .toList();
  }

  private static String newOrder(long id) {
    return "{\"event\":\"new.order\",\"data\":" + RecplusStubs.orderWithId(id) + "}";
  }

  private List<LoggedRequest> veeqoPolls() {
    return gateways.veeqoGets("/orders").stream()
        .filter(request -> request.queryParameter("updated_at_min").isPresent())
        .toList();
  }

  private int polls(String instance) {
    return (int)
        veeqoPolls().stream().filter(poll -> instance.equals(TwoGateways.sentBy(poll))).count();
  }

  /** Runs every call at the same moment, each on a thread of its own; answers in call order. */
  private static <T> List<T> allAtOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch ready = new CountDownLatch(calls.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> results = new ArrayList<>();
      for (Callable<T> call : calls) {
        results.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return call.call();
                }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<T> answers = new ArrayList<>();
      for (Future<T> result : results) {
        answers.add(result.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  /** One GraphQL answer, what it was about and how long it took. */
  private record Answer(String id, JsonPath body, long tookMillis) {

    static Answer timed(String id, Supplier<JsonPath> call) {
      long start = System.nanoTime();
      JsonPath body = call.get();
      return new Answer(id, body, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    boolean answered() {
      return body.getList("errors") == null
          && id.equals(body.getString("data.orderByProviderId.providerId"));
    }

    String code() {
      List<String> codes = body.getList("errors.extensions.code", String.class);
      return codes == null || codes.isEmpty() ? null : Objects.toString(codes.get(0));
    }

    @Override
    public String toString() {
      return id + " " + body.prettify();
    }
  }
}
