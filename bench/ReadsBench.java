import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the gateway's reads against provider simulators in another process (the packaged app
 * started a second time with only its sandbox, see bench/reads.sh), and prints the figures. Plain
 * JDK only: {@code java bench/ReadsBench.java --scenario NAME --gateway URL --providers URL}.
 * {@code --gateway} may name several gateways, comma-separated (bench/scale.sh): requests go to
 * them in turn, as a round-robin load balancer sends them.
 *
 * <p>Scenarios:
 *
 * <ul>
 *   <li>{@code fanout}: first {@code --warmup} seconds of three-provider lists, 32 at a time, each
 *       caller asking a page size of its own (a gateway in service is warm, and identical reads
 *       in flight would share one provider call and leave the providers' paths cold; the
 *       scenario runs without rate limits for this), then {@code
 *       orders(first: 20)} over Veeqo, VeePe and REC+, one at a time, sent
 *       with {@code Cache-Control: no-cache}; beside each, the same providers called directly at
 *       once, and the slowest of them timed. Then VeePe alone, {@code first: 20}, beside one VeePe
 *       page.
 *   <li>{@code throughput}: a one-provider and a three-provider order list, {@code first: 20}, at
 *       {@code --connections} for {@code --seconds} each, each after {@code --warmup} seconds of
 *       the same (a gateway in service has compiled its hot paths: a cold one spends the first
 *       seconds compiling, which would be counted as CPU per answer).
 *   <li>{@code dashboard}: {@code --viewers} viewers, each asking the README's dashboard mix every
 *       5s for {@code --seconds}; errors by code, provider calls per minute and the 429s the
 *       simulators sent.
 *   <li>{@code summary}: one order summary over everything, from cold until every provider
 *       answers, then twenty more, timed.
 * </ul>
 */
public final class ReadsBench {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  // USER_HZ, 100 on every Linux the benchmark runs on (sysconf(_SC_CLK_TCK)).
  private static final long CLOCK_TICKS_PER_SECOND = 100;
  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final Pattern PROVIDER = Pattern.compile("\"provider\"\\s*:\\s*\"([A-Z]+)\"");
  private static final Pattern SERVED =
      Pattern.compile(
          "^http_server_requests_seconds_count\\{([^}]*)}\\s+([0-9.Ee+]+)$", Pattern.MULTILINE);
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private static final String THREE_PROVIDERS =
      """
      { orders(first: 20) {
          edges { node { id provider number status createdAt total { amount currencyCode } } }
          pageInfo { hasNextPage endCursor } } }
      """;
  private static final String ONE_PROVIDER =
      """
      { orders(first: 20, filter: {providers: [VEEQO]}) {
          edges { node { id provider number status createdAt total { amount currencyCode } } }
          pageInfo { hasNextPage endCursor } } }
      """;
  private static final String VEEPE_ONLY =
      """
      { orders(first: 20, filter: {providers: [VEEPE]}) {
          edges { node { id provider number status createdAt total { amount currencyCode } } }
          pageInfo { hasNextPage endCursor } } }
      """;
  private static final String SUMMARY =
      """
      { orderSummary(from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") {
          orderCount totals { amount currencyCode } byProvider { provider orderCount } } }
      """;

  /** The README's dashboard mix (bench/LoadBench.java asks the same). */
  private static final Map<String, String> DASHBOARD = dashboard();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newFixedThreadPool(8))
          .build();
  private final List<URI> gateways;
  private final AtomicLong turn = new AtomicLong();
  private final String providers;
  private final String apiKey;
  private final long gatewayPid;

  private ReadsBench(List<URI> gateways, String providers, String apiKey, long gatewayPid) {
    this.gateways = gateways;
    this.providers = providers;
    this.apiKey = apiKey;
    this.gatewayPid = gatewayPid;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    ReadsBench bench =
        new ReadsBench(
            Arrays.stream(required(options, "gateway").split(",")).map(URI::create).toList(),
            required(options, "providers"),
            options.getOrDefault("api-key", "bench"),
            Long.parseLong(options.getOrDefault("pid", "-1")));
    bench.awaitAnswer();
    String scenario = required(options, "scenario");
    switch (scenario) {
      case "fanout" -> bench.fanout(number(options, "rounds", 60), number(options, "warmup", 40));
      case "throughput" ->
          bench.throughput(
              number(options, "connections", 50),
              number(options, "seconds", 20),
              number(options, "warmup", 40));
      case "dashboard" ->
          bench.dashboard(number(options, "viewers", 200), number(options, "seconds", 60));
      case "summary" -> bench.summary();
      default -> throw new IllegalArgumentException("unknown scenario " + scenario);
    }
    if (options.containsKey("pid")) {
      memory(Long.parseLong(options.get("pid")));
    }
    System.exit(0);
  }

  private static Map<String, String> dashboard() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("ordersPage", THREE_PROVIDERS);
    kinds.put(
        "orderWithLines",
        """
        { orderByProviderId(provider: RECPLUS, providerId: "112403") {
            id number status total { amount currencyCode }
            lines { sku name quantity unitPrice { amount }
                    product { name stock { onHand available } } } } }
        """);
    kinds.put(
        "productsPage",
        """
        { products(first: 20) {
            edges { node { id provider sku name price { amount currencyCode } } }
            pageInfo { hasNextPage endCursor } } }
        """);
    kinds.put("orderSummary", SUMMARY);
    return Collections.unmodifiableMap(kinds);
  }

  // ---- scenarios ----

  private void fanout(int rounds, int warmupSeconds) throws Exception {
    String token = veepeToken();
    // A gateway in service compiled its hot paths long ago: with C2 alone a path is compiled
    // after about 10,000 runs, so the warm-up asks 32 different pages at once.
    load(caller -> threeProviders(5 + caller), 32, warmupSeconds, true);
    for (int i = 0; i < 5; i++) {
      post(THREE_PROVIDERS, true);
    }
    List<Long> gatewayMillis = new ArrayList<>();
    List<Long> slowestMillis = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      gatewayMillis.add(timed(() -> post(THREE_PROVIDERS, true)));
      slowestMillis.add(slowestOfItsCalls(token));
    }
    List<Long> veepeGateway = new ArrayList<>();
    List<Long> veepePage = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      veepeGateway.add(timed(() -> post(VEEPE_ONLY, true)));
      veepePage.add(timed(() -> veepePage(token, 1)));
    }
    System.out.printf(
        "%n== fan-out: orders(first: 20), %d rounds, one at a time, Cache-Control: no-cache ==%n",
        rounds);
    System.out.printf(
        "three providers: gateway p50 %d ms (p95 %d), slowest provider call p50 %d ms (p95 %d):"
            + " %.2f x%n",
        percentile(gatewayMillis, 50),
        percentile(gatewayMillis, 95),
        percentile(slowestMillis, 50),
        percentile(slowestMillis, 95),
        ratio(gatewayMillis, slowestMillis));
    System.out.printf(
        "VeePe alone (two pages of ten): gateway p50 %d ms (p95 %d), one VeePe page p50 %d ms"
            + " (p95 %d): %.2f x%n",
        percentile(veepeGateway, 50),
        percentile(veepeGateway, 95),
        percentile(veepePage, 50),
        percentile(veepePage, 95),
        ratio(veepeGateway, veepePage));
  }

  /** The three-provider list with another page size. */
  private static String threeProviders(int first) {
    return THREE_PROVIDERS.replace("first: 20", "first: " + first);
  }

  /**
   * The calls the gateway makes for {@code orders(first: 20)} over three providers (VeePe's two
   * pages of ten among them), sent at once; the slowest of them timed.
   */
  private long slowestOfItsCalls(String token) throws Exception {
    String recplus =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("sandbox:sandbox-recplus-password".getBytes(StandardCharsets.UTF_8));
    List<CompletableFuture<Long>> calls =
        List.of(
            CompletableFuture.supplyAsync(
                () ->
                    timedUnchecked(
                        () ->
                            provider(
                                "/sandbox/veeqo/orders?page=1&page_size=20",
                                "x-api-key",
                                "sandbox-veeqo-api-key"))),
            CompletableFuture.supplyAsync(() -> timedUnchecked(() -> veepePage(token, 1))),
            CompletableFuture.supplyAsync(() -> timedUnchecked(() -> veepePage(token, 2))),
            CompletableFuture.supplyAsync(
                () ->
                    timedUnchecked(
                        () ->
                            provider(
                                "/sandbox/recplus/api/v1/orders?limit=20&offset=0",
                                "Authorization",
                                recplus))));
    long slowest = 0;
    for (CompletableFuture<Long> call : calls) {
      slowest = Math.max(slowest, call.get(30, TimeUnit.SECONDS));
    }
    return slowest;
  }

  private void throughput(int connections, int seconds, int warmupSeconds) throws Exception {
    System.out.printf(
        "%n== throughput: %d connections, %d s each, after %d s of warm-up ==%n",
        connections, seconds, warmupSeconds);
    for (Map.Entry<String, String> kind :
        Map.of("one provider (Veeqo)", ONE_PROVIDER, "three providers", THREE_PROVIDERS)
            .entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
            .toList()) {
      load(kind.getValue(), connections, warmupSeconds);
      long cpuBefore = cpuMillis(gatewayPid);
      Load result = load(kind.getValue(), connections, seconds);
      long cpuUsed = cpuMillis(gatewayPid) - cpuBefore;
      System.out.printf(
          "%-22s %8.1f req/s, %d answers, %d with errors %s, latency p50 %d ms p99 %d ms,"
              + " gateway CPU %.2f ms per answer%n",
          kind.getKey(),
          result.answers() / (double) seconds,
          result.answers(),
          result.withErrors(),
          result.errors(),
          percentile(result.millis(), 50),
          percentile(result.millis(), 99),
          cpuUsed / (double) Math.max(1, result.answers()));
    }
  }

  private record Load(long answers, long withErrors, Map<String, Integer> errors, List<Long> millis) {}

  private Load load(String document, int connections, int seconds) throws Exception {
    return load(document, connections, seconds, false);
  }

  private Load load(String document, int connections, int seconds, boolean fresh)
      throws Exception {
    return load(caller -> document, connections, seconds, fresh);
  }

  /** As {@link #load}, each caller (0 to connections - 1) posting a document of its own. */
  private Load load(
      IntFunction<String> documents, int connections, int seconds, boolean fresh)
      throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong answers = new AtomicLong();
    AtomicLong withErrors = new AtomicLong();
    Map<String, Integer> errors = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
    ExecutorService callers = Executors.newFixedThreadPool(connections);
    for (int i = 0; i < connections; i++) {
      String document = documents.apply(i);
      callers.submit(
          () -> {
            while (System.nanoTime() < end) {
              long start = System.nanoTime();
              try {
                List<String> found = errorsOf(post(document, fresh));
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                answers.incrementAndGet();
                if (!found.isEmpty()) {
                  withErrors.incrementAndGet();
                  found.forEach(error -> errors.merge(error, 1, Integer::sum));
                }
              } catch (Exception e) {
                errors.merge("TRANSPORT " + e.getClass().getSimpleName(), 1, Integer::sum);
              }
            }
            return null;
          });
    }
    callers.shutdown();
    callers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    return new Load(answers.get(), withErrors.get(), new TreeMap<>(errors), new ArrayList<>(millis));
  }

  private void dashboard(int viewers, int seconds) throws Exception {
    Map<String, Map<String, Double>> before = served();
    Map<String, ConcurrentLinkedQueue<Long>> millis = new ConcurrentHashMap<>();
    Map<String, Integer> errors = new ConcurrentHashMap<>();
    AtomicLong answers = new AtomicLong();
    List<CompletableFuture<Void>> pending = Collections.synchronizedList(new ArrayList<>());
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
    long started = System.nanoTime();
    for (int viewer = 0; viewer < viewers; viewer++) {
      long offset = ThreadLocalRandom.current().nextLong(5_000);
      clock.scheduleAtFixedRate(
          () -> {
            if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(seconds)) {
              return;
            }
            for (Map.Entry<String, String> kind : DASHBOARD.entrySet()) {
              long start = System.nanoTime();
              pending.add(
                  postAsync(kind.getValue())
                      .handle(
                          (body, failure) -> {
                            millis
                                .computeIfAbsent(kind.getKey(), k -> new ConcurrentLinkedQueue<>())
                                .add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                            answers.incrementAndGet();
                            List<String> found =
                                failure != null
                                    ? List.of("TRANSPORT " + failure.getClass().getSimpleName())
                                    : errorsOf(body);
                            found.forEach(error -> errors.merge(error, 1, Integer::sum));
                            return null;
                          }));
            }
          },
          offset,
          5_000,
          TimeUnit.MILLISECONDS);
    }
    TimeUnit.SECONDS.sleep(seconds);
    clock.shutdownNow();
    for (CompletableFuture<Void> call : new ArrayList<>(pending)) {
      call.get(60, TimeUnit.SECONDS);
    }
    double minutes = (System.nanoTime() - started) / 60e9;
    Map<String, Map<String, Double>> after = served();
    System.out.printf(
        "%n== dashboard: %d viewers, each asking the README mix every 5 s, for %d s ==%n",
        viewers, seconds);
    System.out.printf("answers %d (%.1f per second)%n", answers.get(), answers.get() / (minutes * 60));
    System.out.println("errors by code and provider:" + (errors.isEmpty() ? " none" : ""));
    new TreeMap<>(errors).forEach((error, count) -> System.out.printf("  %-34s %6d%n", error, count));
    System.out.printf("%-16s %8s %8s %8s%n", "latency ms", "p50", "p95", "max");
    for (String kind : DASHBOARD.keySet()) {
      List<Long> sorted = new ArrayList<>(millis.getOrDefault(kind, new ConcurrentLinkedQueue<>()));
      Collections.sort(sorted);
      System.out.printf(
          "%-16s %8d %8d %8d%n",
          kind,
          percentile(sorted, 50),
          percentile(sorted, 95),
          sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }
    printProviderCalls(before, after, minutes);
  }

  private void summary() throws Exception {
    Map<String, Map<String, Double>> before = served();
    long started = System.nanoTime();
    String first = post(SUMMARY, false);
    long firstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    String answer = first;
    int asked = 1;
    while (!errorsOf(answer).isEmpty()) {
      if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
        throw new IllegalStateException("the summary was not warm after 5 minutes: " + answer);
      }
      TimeUnit.MILLISECONDS.sleep(500);
      answer = post(SUMMARY, false);
      asked++;
    }
    long warmMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    double warmupMinutes = (System.nanoTime() - started) / 60e9;
    Map<String, Map<String, Double>> warm = served();
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      millis.add(timed(() -> post(SUMMARY, false)));
    }
    System.out.printf("%n== order summary over every order, from cold ==%n");
    System.out.printf(
        "first answer after %d ms, with errors %s (the rest is read in the background)%n",
        firstMillis, errorsOf(first));
    System.out.printf(
        "every provider answered after %d ms (%d requests); the answer: %s%n",
        warmMillis, asked, answer.replaceAll("\\s+", " "));
    System.out.printf(
        "warm: 20 summaries p50 %d ms, max %d ms%n",
        percentile(millis, 50),
        Collections.max(millis));
    printProviderCalls(before, warm, warmupMinutes);
  }

  // ---- provider side ----

  /** Requests each simulator answered, and how many of them were 429s, by provider. */
  private void printProviderCalls(
      Map<String, Map<String, Double>> before, Map<String, Map<String, Double>> after, double minutes) {
    System.out.println("provider calls (answered by the simulators):");
    for (String provider : List.of("veeqo", "veepe", "recplus", "shopwedo")) {
      double calls = 0;
      double limited = 0;
      Map<String, Double> now = after.getOrDefault(provider, Map.of());
      Map<String, Double> then = before.getOrDefault(provider, Map.of());
      for (Map.Entry<String, Double> status : now.entrySet()) {
        double count = status.getValue() - then.getOrDefault(status.getKey(), 0.0);
        calls += count;
        if (status.getKey().equals("429")) {
          limited += count;
        }
      }
      System.out.printf(
          "  %-9s %7.0f calls, %7.1f per minute (%5.2f per second), %4.0f answered 429%n",
          provider, calls, calls / minutes, calls / minutes / 60, limited);
    }
  }

  /** Provider -> status -> requests served, from the simulators' own metrics. */
  private Map<String, Map<String, Double>> served() throws Exception {
    HttpResponse<String> metrics =
        client.send(
            HttpRequest.newBuilder(URI.create(providers + "/q/metrics")).timeout(REQUEST_TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, Map<String, Double>> served = new TreeMap<>();
    Matcher line = SERVED.matcher(metrics.body());
    while (line.find()) {
      Map<String, String> labels = new TreeMap<>();
      Matcher label = LABEL.matcher(line.group(1));
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
      String uri = labels.getOrDefault("uri", "");
      if (!uri.startsWith("/sandbox/") || uri.endsWith("/token")) {
        continue;
      }
      String provider = uri.substring("/sandbox/".length()).split("/")[0];
      served
          .computeIfAbsent(provider, p -> new TreeMap<>())
          .merge(labels.getOrDefault("status", "?"), Double.parseDouble(line.group(2)), Double::sum);
    }
    return served;
  }

  private String veepeToken() throws Exception {
    HttpResponse<String> token =
        client.send(
            HttpRequest.newBuilder(URI.create(providers + "/sandbox/veepe/v1/token"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"grantType":"client_credentials","clientId":"sandbox-veepe-client",
                         "clientSecret":"sandbox-veepe-secret"}
                        """))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher access = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
    if (!access.find()) {
      throw new IllegalStateException("no VeePe token: " + token.body());
    }
    return access.group(1);
  }

  private byte[] veepePage(String token, int page) throws Exception {
    return provider("/sandbox/veepe/v1/orders?page=" + page, "Authorization", "Bearer " + token);
  }

  /**
   * A provider call as the gateway's REST client sends it, compressed answers accepted (the body
   * is only timed, never read).
   */
  private byte[] provider(String path, String header, String value) throws Exception {
    HttpResponse<byte[]> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(providers + path))
                .timeout(REQUEST_TIMEOUT)
                .header(header, value)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "deflate, gzip, br")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
    return answer.body();
  }

  // ---- gateway side ----

  private void awaitAnswer() throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < giveUp) {
      try {
        for (int i = 0; i < gateways.size(); i++) {
          post("{ __typename }", false);
        }
        provider("/q/metrics", "Accept", "text/plain");
        return;
      } catch (Exception notYet) {
        TimeUnit.MILLISECONDS.sleep(250);
      }
    }
    throw new IllegalStateException("the gateway or the simulators did not answer in 120 s");
  }

  private String post(String document, boolean fresh) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request(document, fresh), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode());
    }
    return response.body();
  }

  private CompletableFuture<String> postAsync(String document) {
    return client
        .sendAsync(request(document, false), HttpResponse.BodyHandlers.ofString())
        .thenApply(
            response -> {
              if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
              }
              return response.body();
            });
  }

  private HttpRequest request(String document, boolean fresh) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(gateways.get((int) (turn.getAndIncrement() % gateways.size())))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-API-Key", apiKey)
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + quoted(document) + "}"));
    if (fresh) {
      request.header("Cache-Control", "no-cache");
    }
    return request.build();
  }

  /** "CODE provider" per error of a GraphQL answer. */
  private static List<String> errorsOf(String body) {
    List<String> errors = new ArrayList<>();
    int at = body.indexOf("\"errors\"");
    if (at < 0) {
      return errors;
    }
    for (String error : body.substring(at).split("\"message\"")) {
      Matcher code = CODE.matcher(error);
      if (code.find()) {
        Matcher provider = PROVIDER.matcher(error);
        errors.add(code.group(1) + (provider.find() ? " " + provider.group(1) : ""));
      }
    }
    if (errors.isEmpty()) {
      errors.add("NO_CODE");
    }
    return errors;
  }

  // ---- figures ----

  private interface Call {
    Object run() throws Exception;
  }

  private static long timed(Call call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static long timedUnchecked(Call call) {
    try {
      return timed(call);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static double ratio(List<Long> of, List<Long> to) {
    return percentile(of, 50) / (double) Math.max(1, percentile(to, 50));
  }

  /** Nearest rank. */
  private static long percentile(List<Long> values, int percent) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /**
   * The gateway's CPU time so far (user and system, all threads), from /proc; -1 elsewhere. CPU per
   * answer is the figure that does not depend on what else runs on the machine.
   */
  private static long cpuMillis(long pid) throws IOException {
    Path stat = Path.of("/proc", String.valueOf(pid), "stat");
    if (pid < 0 || !Files.isReadable(stat)) {
      return -1;
    }
    String text = Files.readString(stat);
    // Fields after the command name (which may hold spaces): state is 3rd, utime 14th, stime 15th.
    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
  }

  private static void memory(long pid) throws IOException {
    Path status = Path.of("/proc", String.valueOf(pid), "status");
    if (!Files.isReadable(status)) {
      System.out.println("gateway memory: " + status + " not readable (not Linux?)");
      return;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:") || line.startsWith("Threads:")) {
        System.out.println("gateway " + line.replaceAll("\\s+", " "));
      }
    }
    heap(pid);
  }

  /** The gateway's heap and metaspace as its JVM reports them (jcmd GC.heap_info). */
  private static void heap(long pid) throws IOException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      System.out.println("gateway heap: no jcmd in " + jcmd.getParent());
      return;
    }
    Process info =
        new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_info")
            .redirectErrorStream(true)
            .start();
    String out = new String(info.getInputStream().readAllBytes());
    try {
      if (!info.waitFor(20, TimeUnit.SECONDS)) {
        info.destroy();
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    out.lines()
        .map(String::trim)
        .filter(line -> line.contains("total") && line.contains("used") || line.startsWith("Metaspace"))
        .forEach(line -> System.out.println("gateway heap: " + line.replaceAll("\\s+", " ")));
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        default -> json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private static Map<String, String> options(String[] args) {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("options come in pairs: --name value");
    }
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", "").toLowerCase(Locale.ROOT), args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static int number(Map<String, String> options, String name, int fallback) {
    return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
  }
}
