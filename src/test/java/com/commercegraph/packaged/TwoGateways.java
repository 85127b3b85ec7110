package com.commercegraph.packaged;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.commercegraph.store.EmbeddedRedis;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two packaged gateways on one machine, as README "Run several instances" runs them: one real
 * redis-server ({@link EmbeddedRedis}, which tests may stop and start again on the same port), one
 * WireMock Veeqo keeping every request it received, and two {@code java -jar} processes on free
 * ports pointed at both with {@code COMMERCE_INSTANCES=2}. Every Veeqo request carries the header
 * {@value #INSTANCE_HEADER} naming the gateway that sent it ({@code one} or {@code two}), so tests
 * count each instance's requests. The other providers have no settings: disabled.
 */
final class TwoGateways implements AutoCloseable {

  static final String KEY = "it-two-gateways";
  static final String VEEQO_API_KEY = "it-veeqo-api-key";
  static final String WEBHOOK_TOKEN = "it-recplus-webhook-token";
  static final String INSTANCE_HEADER = "X-Gateway-Instance";

  /** Veeqo change polls; short so that a hand-over is seen in seconds. */
  static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

  private final EmbeddedRedis redis = new EmbeddedRedis();
  private final WireMockServer veeqo;
  private final Gateway one;
  private final Gateway two;

  private TwoGateways(Path workDir) throws IOException {
    redis.start();
    veeqo =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(200)
                .jettyAcceptors(2));
    veeqo.start();
    one = new Gateway("one", workDir);
    two = new Gateway("two", workDir);
    one.start(environment(), veeqo);
    two.start(environment(), veeqo);
    one.awaitUp();
    two.awaitUp();
  }

  /** Starts Redis, the Veeqo stand-in and both gateways, and waits until both answer. */
  static TwoGateways start(Path workDir) {
    try {
      return new TwoGateways(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Gateway one() {
    return one;
  }

  Gateway two() {
    return two;
  }

  WireMockServer veeqo() {
    return veeqo;
  }

  /** Stops redis-server; the gateways keep running. */
  void stopRedis() {
    EmbeddedRedis.stopServer();
  }

  /** Starts redis-server again on the port the gateways know. */
  void startRedis() {
    EmbeddedRedis.startServer();
  }

  /** Veeqo GETs on paths matching {@code pathRegex}, by the gateway that sent them. */
  List<LoggedRequest> veeqoGets(String pathRegex) {
    return veeqo.findAll(getRequestedFor(urlPathMatching(pathRegex)));
  }

  List<LoggedRequest> veeqoPosts(String pathRegex) {
    return veeqo.findAll(postRequestedFor(urlPathMatching(pathRegex)));
  }

  int veeqoRequests() {
    return veeqo.findAll(RequestPatternBuilder.allRequests()).size();
  }

  static String sentBy(LoggedRequest request) {
    return request.getHeader(INSTANCE_HEADER);
  }

  @Override
  public void close() {
    one.stop();
    two.stop();
    veeqo.stop();
    redis.stop();
  }

  private static Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_REDIS_HOSTS", EmbeddedRedis.url());
    env.put("COMMERCE_INSTANCES", "2");
    // The same on both, as README "Run several instances" asks.
    env.put("COMMERCE_CURSOR_SECRET", "it-two-gateways-cursor-secret");
    env.put("COMMERCE_API_KEYS", KEY + "=orders:read,orders:write");
    env.put("COMMERCE_ALLOW_HTTP_PROVIDERS", "true");
    env.put("VEEQO_API_KEY", VEEQO_API_KEY);
    // orders.md's sample delivery method: creates need one.
    env.put("VEEQO_DELIVERY_METHOD_ID", "92298");
    env.put("RECPLUS_WEBHOOK_TOKEN", WEBHOOK_TOKEN);
    env.put("COMMERCE_EVENTS_VEEQO_POLL_INTERVAL", POLL_INTERVAL.toMillis() + "ms");
    // A burst's reads wait for a turn under the budget on the provider's threads (bulkhead) and
    // the reads queued behind them wait too: past the default 5 s they would be PROVIDER_TIMEOUT
    // on a loaded machine, where the tests expect an answer or RATE_LIMITED.
    env.put("COMMERCE_REQUESTS_READ_DEADLINE", "30s");
    // Every read reaches Veeqo: the tests count what each costs it.
    env.put("COMMERCE_CACHE_ORDER_LIST_TTL", "0s");
    return env;
  }

  /** One gateway process. */
  static final class Gateway {

    private final String name;
    private final Path log;
    private final int port = EmbeddedRedis.freePort();
    private Process process;

    private Gateway(String name, Path workDir) {
      this.name = name;
      this.log = workDir.resolve("gateway-" + name + ".log");
    }

    private void start(Map<String, String> env, WireMockServer veeqo) throws IOException {
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  // Small and quick to start: two of these share the machine with the build.
                  "-Xmx160m",
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-Dquarkus.rest-client.veeqo.headers." + INSTANCE_HEADER + "=" + name,
                  "-jar",
                  JAR.toAbsolutePath().toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder
          .environment()
          .keySet()
          .removeIf(
              variable -> variable.matches("(VEEQO|VEEPE|RECPLUS|SHOPWEDO|COMMERCE|QUARKUS)_.*"));
      builder.environment().putAll(env);
      builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
      builder.environment().put("VEEQO_BASE_URL", veeqo.baseUrl());
      process = builder.start();
    }

    private void awaitUp() {
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .until(
              () ->
                  process.isAlive()
                      && given().baseUri(base()).get("/q/health/ready").statusCode() == 200
                      && !"false".equals(sharedStateReachable()));
    }

    String name() {
      return name;
    }

    String base() {
      return "http://127.0.0.1:" + port;
    }

    URI graphql() {
      return URI.create(base() + "/graphql");
    }

    /** Posts a GraphQL document with the test key and answers the HTTP 200 body. */
    JsonPath graphql(String document, Map<String, Object> variables) {
      return given()
          .baseUri(base())
          .header("X-API-Key", KEY)
          .contentType(ContentType.JSON)
          .body(Map.of("query", document, "variables", variables))
          .when()
          .post("/graphql")
          .then()
          .statusCode(200)
          .extract()
          .jsonPath();
    }

    /**
     * Whether the readiness check {@code shared-state} says Redis answers ({@code "true"} or {@code
     * "false"}); null when there is no such check.
     */
    String sharedStateReachable() {
      Object reachable =
          readiness().get("checks.find { it.name == 'shared-state' }.data.reachable");
      return reachable == null ? null : reachable.toString();
    }

    /** The readiness answer, whatever its status. */
    JsonPath readiness() {
      return given().baseUri(base()).get("/q/health/ready").then().extract().jsonPath();
    }

    /** Posts a REC+ webhook body with the configured Bearer token; answers the HTTP status. */
    int recplusWebhook(String body) {
      return given()
          .baseUri(base())
          .header("Authorization", "Bearer " + WEBHOOK_TOKEN)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/webhooks/recplus")
          .statusCode();
    }

    /** Kills the process at once, as a crashed pod: nothing is handed over on the way out. */
    void kill() {
      if (process != null) {
        process.destroyForcibly();
        try {
          process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    void stop() {
      if (process == null) {
        return;
      }
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }
}
