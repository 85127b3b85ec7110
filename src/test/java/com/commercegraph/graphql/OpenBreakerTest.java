package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An open breaker answers its provider's part at once: its refusal is not retried with backoff,
 * which would hold the provider's threads and delay every answer that asks it.
 */
@QuarkusTest
class OpenBreakerTest {

  private static final String BY_PROVIDER_ID =
      """
      { orderByProviderId(provider: RECPLUS, providerId: "1") { providerId } }
      """;

  /** Needs no provider: the same round trip through the gateway, as a yardstick. */
  private static final String PROVIDERS = "{ providers { provider healthy } }";

  private static final int REQUESTS = 10;

  /**
   * With the default 200ms first retry delay, two backoffs sleep at least 300ms (half of each
   * ceiling, 100ms then 200ms): requests that retried would take at least this much longer than the
   * yardstick.
   */
  private static final Duration BACKOFFS_AT_LEAST = Duration.ofMillis(REQUESTS * 300L);

  private final WireMockServer recplus = RecplusStubs.server();

  @BeforeEach
  void recplusDown() {
    recplus.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
  }

  @Test
  void anOpenBreakerIsAnsweredWithoutWaitingForRetries() {
    for (int i = 0; i < 4; i++) {
      GraphQLClient.post(BY_PROVIDER_ID);
    }
    GraphQLClient.post(PROVIDERS)
        .body("data.providers.find { it.provider == 'RECPLUS' }.healthy", is(false));
    int sent = recplus.findAll(anyRequestedFor(anyUrl())).size();

    // Interleaved, so that a machine getting faster or slower affects both sides alike.
    Duration yardstick = Duration.ZERO;
    Duration openBreaker = Duration.ZERO;
    for (int i = 0; i < REQUESTS; i++) {
      long started = System.nanoTime();
      GraphQLClient.post(PROVIDERS).body("errors", nullValue());
      long between = System.nanoTime();
      GraphQLClient.post(BY_PROVIDER_ID)
          .body("data.orderByProviderId", nullValue())
          .spec(FirstError.of("PROVIDER_UNAVAILABLE", "RECPLUS"));
      yardstick = yardstick.plusNanos(between - started);
      openBreaker = openBreaker.plusNanos(System.nanoTime() - between);
    }

    assertThat(recplus.findAll(anyRequestedFor(anyUrl()))).hasSize(sent);
    assertThat(openBreaker.minus(yardstick)).isLessThan(BACKOFFS_AT_LEAST);
  }
}
