package com.commercegraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without an OTLP endpoint configured no span is exported, not even to an exporter at hand (and
 * nothing tries to reach a collector); an app of the {@link TracingOn} profile exports the same
 * operation's spans within milliseconds ({@link TracesTest}).
 */
@QuarkusTest
class TracesOffByDefaultTest {

  @Inject InMemorySpanExporter spans;

  @Test
  void noSpanIsExportedWithoutAnEndpoint() {
    GraphQLClient.answerWithoutErrors("query Providers { providers { provider } }", Map.of());

    // Spans are exported every 10ms in tests: a second without any is fifty times that.
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> spans.getFinishedSpanItems().isEmpty());
    assertThat(spans.getFinishedSpanItems()).isEmpty();
  }
}
