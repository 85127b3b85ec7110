import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires a fixed number of GraphQL requests of a dashboard mix at a running gateway, a fixed number
 * at a time, and prints requests, errors by code and provider, throughput, latency per query kind
 * and the gateway's memory. Plain JDK only: {@code java bench/LoadBench.java --url URL [options]}.
 * bench/run.sh starts the packaged gateway with the sandbox and calls this.
 *
 * <p>Options: --url (required), --pid (the gateway's process, for its memory), --requests (300),
 * --concurrency (16), --warmup (30), --label, --wait-seconds (90, for the gateway to answer).
 */
public final class LoadBench {

  /**
   * The key sent as X-API-Key: BENCH_API_KEY, else the sandbox's published local key (accepted only
   * while every provider is the sandbox).
   */
  private static final String API_KEY =
      System.getenv().getOrDefault("BENCH_API_KEY", "commerce-local-dev-key");

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RUN_DEADLINE = Duration.ofMinutes(5);

  /** The dashboard mix, in the order requests cycle through it. */
  private static final Map<String, String> KINDS = kinds();

  private static final Pattern EXTENSIONS = Pattern.compile("\"extensions\"\\s*:\\s*\\{([^{}]*)}");
  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern PROVIDER = Pattern.compile("\"provider\"\\s*:\\s*\"([^\"]*)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI url;

  private LoadBench(URI url) {
    this.url = url;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    URI url = URI.create(required(options, "url"));
    if (!isLoopback(url)) {
      throw new IllegalArgumentException("the benchmark only runs against loopback: " + url);
    }
    int requests = number(options, "requests", 300);
    int concurrency = number(options, "concurrency", 16);
    int warmup = number(options, "warmup", 30);
    LoadBench bench = new LoadBench(url);

    bench.awaitAnswer(Duration.ofSeconds(number(options, "wait-seconds", 90)));
    bench.fire(warmup, concurrency);
    long started = System.nanoTime();
    List<Result> results = bench.fire(requests, concurrency);
    double seconds = (System.nanoTime() - started) / 1e9;

    System.out.printf(
        "%n== %s: %d requests, concurrency %d, %s ==%n",
        options.getOrDefault("label", "run"), requests, concurrency, url);
    System.out.printf("machine: %d cores, load average %s%n", cores(), loadAverage());
    printSummary(results, seconds);
    printLatencies(results);
    if (options.containsKey("pid")) {
      printMemory(Long.parseLong(options.get("pid")));
    }
  }

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put(
        "ordersPage",
        """
        { orders(first: 20) {
            edges { node { id provider number status createdAt total { amount currencyCode } } }
            pageInfo { hasNextPage endCursor } } }
        """);
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
    kinds.put(
        "orderSummary",
        """
        { orderSummary(from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") {
            orderCount totals { amount currencyCode }
            byProvider { provider orderCount } } }
        """);
    return Collections.unmodifiableMap(kinds);
  }

  /** Polls until the gateway answers a trivial query, or gives up. */
  private void awaitAnswer(Duration wait) throws InterruptedException {
    long giveUp = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < giveUp) {
      try {
        if (post("{ __typename }").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new IllegalStateException("the gateway did not answer within " + wait);
  }

  private List<Result> fire(int requests, int concurrency) throws InterruptedException {
    List<String> kindNames = new ArrayList<>(KINDS.keySet());
    ExecutorService callers = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<Result>> running = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        String kind = kindNames.get(i % kindNames.size());
        running.add(callers.submit(() -> timed(kind)));
      }
      long deadline = System.nanoTime() + RUN_DEADLINE.toNanos();
      List<Result> results = new ArrayList<>();
      for (Future<Result> future : running) {
        try {
          results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException e) {
          throw new IllegalStateException("the run did not finish within " + RUN_DEADLINE, e);
        }
      }
      return results;
    } finally {
      callers.shutdownNow();
    }
  }

  private Result timed(String kind) {
    long start = System.nanoTime();
    List<String> errors = new ArrayList<>();
    try {
      HttpResponse<String> response = post(KINDS.get(kind));
      if (response.statusCode() != 200) {
        errors.add("HTTP_" + response.statusCode());
      } else {
        errors.addAll(errorsOf(response.body()));
      }
    } catch (IOException e) {
      errors.add("TRANSPORT " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      errors.add("INTERRUPTED");
    }
    return new Result(kind, System.nanoTime() - start, errors);
  }

  private HttpResponse<String> post(String document) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-API-Key", API_KEY)
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + quoted(document) + "}"))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** "CODE provider" per GraphQL error; the answer's extensions hold no nested objects. */
  private static List<String> errorsOf(String body) {
    List<String> errors = new ArrayList<>();
    Matcher extensions = EXTENSIONS.matcher(body);
    while (extensions.find()) {
      String fields = extensions.group(1);
      Matcher code = CODE.matcher(fields);
      Matcher provider = PROVIDER.matcher(fields);
      errors.add(
          (code.find() ? code.group(1) : "NO_CODE")
              + (provider.find() ? " " + provider.group(1) : ""));
    }
    if (errors.isEmpty() && body.contains("\"errors\"")) {
      errors.add("NO_CODE");
    }
    return errors;
  }

  private static void printSummary(List<Result> results, double seconds) {
    long failed = results.stream().filter(r -> !r.errors().isEmpty()).count();
    System.out.printf(
        "requests %d, answers with errors %d, wall %.1fs, throughput %.1f req/s%n",
        results.size(), failed, seconds, results.size() / seconds);
    Map<String, Integer> byCode = new TreeMap<>();
    results.forEach(r -> r.errors().forEach(e -> byCode.merge(e, 1, Integer::sum)));
    System.out.println("errors by code and provider:" + (byCode.isEmpty() ? " none" : ""));
    byCode.forEach((error, count) -> System.out.printf("  %-36s %6d%n", error, count));
  }

  private static void printLatencies(List<Result> results) {
    System.out.printf(
        "%-16s %6s %6s %8s %8s %8s %8s%n",
        "latency ms", "count", "errors", "p50", "p95", "p99", "max");
    for (String kind : KINDS.keySet()) {
      List<Long> millis = new ArrayList<>();
      long withErrors = 0;
      for (Result result : results) {
        if (result.kind().equals(kind)) {
          millis.add(TimeUnit.NANOSECONDS.toMillis(result.nanos()));
          withErrors += result.errors().isEmpty() ? 0 : 1;
        }
      }
      Collections.sort(millis);
      System.out.printf(
          "%-16s %6d %6d %8d %8d %8d %8d%n",
          kind,
          millis.size(),
          withErrors,
          percentile(millis, 50),
          percentile(millis, 95),
          percentile(millis, 99),
          millis.isEmpty() ? 0 : millis.get(millis.size() - 1));
    }
  }

  /** Nearest rank. */
  private static long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static void printMemory(long pid) throws IOException, InterruptedException {
    Path status = Path.of("/proc", String.valueOf(pid), "status");
    if (Files.isReadable(status)) {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
          System.out.println("gateway " + line.replaceAll("\\s+", " "));
        }
      }
    } else {
      System.out.println("gateway memory: " + status + " not readable (not Linux?)");
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (Files.isExecutable(jcmd)) {
      Process heap =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_info")
              .redirectErrorStream(true)
              .start();
      String out = new String(heap.getInputStream().readAllBytes());
      if (heap.waitFor(20, TimeUnit.SECONDS)) {
        out.lines()
            .filter(line -> line.contains("total") && line.contains("used"))
            .findFirst()
            .ifPresent(line -> System.out.println("gateway heap:" + line.trim()));
      }
    }
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine skews every figure. */
  private static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    if (!Files.isReadable(loadavg)) {
      return "unknown";
    }
    String[] fields = Files.readString(loadavg).trim().split("\\s+");
    return String.join(" ", fields[0], fields[1], fields[2]);
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

  private static boolean isLoopback(URI url) {
    String host = url.getHost();
    return host != null
        && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
  }

  private static Map<String, String> options(String[] args) {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("options come in pairs: --name value");
    }
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2).toLowerCase(Locale.ROOT), args[i + 1]);
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

  private record Result(String kind, long nanos, List<String> errors) {}
}
