package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.commercegraph.provider.recplus.RecplusStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * REC+'s breaker over its whole cycle, with a 2s delay ({@link IsolatedResilience}, long enough for
 * a busy machine to check it is open): repeated failures open it, it answers at once without
 * calling REC+, after the delay one probe goes through, and two successful probes close it again; a
 * failing probe opens it again at once.
 */
@QuarkusTest
@TestProfile(IsolatedResilience.class)
class BreakerRecoveryTest {

  private static final String ORDER_PATH = "/api/v1/orders/112312"; // recplus/order.json
  private static final String BY_PROVIDER_ID =
      """
      { orderByProviderId(provider: RECPLUS, providerId: "112312") { providerId } }
      """;

  @Test
  void afterItsDelayTheOpenBreakerLetsAProbeThroughAndTwoSuccessesCloseIt() {
    int sent = openTheBreaker();

    RecplusStubs.readAnswers(ORDER_PATH, okJson(RecplusStubs.payload("order.json")));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> query().getList("errors") == null);

    // Only the probe reached REC+; every query before it was answered by the open breaker.
    assertThat(requests()).isEqualTo(sent + 1);
    assertThat(state()).isEqualTo(CircuitBreakerState.HALF_OPEN);
    assertThat(query().getList("errors")).isNull();
    assertThat(state()).isEqualTo(CircuitBreakerState.CLOSED);
    assertThat(requests()).isEqualTo(sent + 2);
    GraphQLClient.post("{ providers { provider healthy } }")
        .body("data.providers.find { it.provider == 'RECPLUS' }.healthy", is(true));
  }

  @Test
  void aFailingProbeOpensTheBreakerAgainAtOnce() {
    int sent = openTheBreaker();

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> query() != null && requests() > sent);

    // One probe, not retried: its failure opened the breaker again before a retry could go out.
    assertThat(requests()).isEqualTo(sent + 1);
    assertThat(state()).isEqualTo(CircuitBreakerState.OPEN);
    assertThat(query().getString("errors[0].extensions.code")).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(requests()).isEqualTo(sent + 1);
    GraphQLClient.post("{ providers { provider healthy } }")
        .body("data.providers.find { it.provider == 'RECPLUS' }.healthy", is(false));
  }

  /** REC+ fails until its breaker opens; answers how many requests it received until then. */
  private int openTheBreaker() {
    RecplusStubs.readAnswers(ORDER_PATH, aResponse().withStatus(503));
    // Three tries each: four queries pass the breaker's window of 10 calls, all failed.
    for (int i = 0; i < 4; i++) {
      assertThat(query().getString("errors[0].extensions.code")).isEqualTo("PROVIDER_UNAVAILABLE");
    }
    assertThat(state()).isEqualTo(CircuitBreakerState.OPEN);
    GraphQLClient.post("{ providers { provider healthy } }")
        .body("data.providers.find { it.provider == 'RECPLUS' }.healthy", is(false));
    int sent = requests();
    assertThat(query().getString("errors[0].extensions.code")).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(requests()).isEqualTo(sent);
    return sent;
  }

  private static JsonPath query() {
    return GraphQLClient.post(BY_PROVIDER_ID, Map.of()).statusCode(200).extract().jsonPath();
  }

  private static int requests() {
    return RecplusStubs.requests(ORDER_PATH);
  }

  private static CircuitBreakerState state() {
    return CircuitBreakerMaintenance.get().currentState("provider-recplus");
  }
}
