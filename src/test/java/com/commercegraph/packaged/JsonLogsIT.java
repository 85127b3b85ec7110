package com.commercegraph.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway with {@code QUARKUS_LOG_CONSOLE_JSON_ENABLED=true} writes one JSON object
 * per line, and a line about a GraphQL operation carries its trace id and operation name.
 */
@QuarkusIntegrationTest
@TestProfile(JsonLogsIT.JsonLogs.class)
class JsonLogsIT {

  private static final String KEY = "it-json-logs";

  /** Where {@code @QuarkusIntegrationTest} puts the packaged app's console output. */
  private static final Path CONSOLE = Path.of("target/quarkus.log");

  public static class JsonLogs implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "commerce.api-keys", KEY + "=orders:read", "quarkus.log.console.json.enabled", "true");
    }
  }

  @Test
  void aRefusedOperationIsOneJsonLineWithItsTraceIdAndName() {
    given()
        .header("X-API-Key", KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("query", "query StockPeek { stockLevels(first: 1) { edges { cursor } } }"))
        .post("/graphql")
        .then()
        .statusCode(200);

    JsonNode line =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> lineAbout("StockPeek"), found -> found != null);
    assertThat(line.path("level").asText()).isEqualTo("WARN");
    assertThat(line.path("mdc").path("operationName").asText()).isEqualTo("StockPeek");
    assertThat(line.path("mdc").path("traceId").asText()).matches("[0-9a-f]{32}");
    assertThat(line.has("stackTrace")).isFalse();
    assertThat(consoleLines())
        .filteredOn(text -> !text.isBlank())
        .allSatisfy(text -> assertThat(text.trim()).startsWith("{").endsWith("}"));
  }

  private static JsonNode lineAbout(String operation) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String text : consoleLines()) {
      if (text.startsWith("{") && text.contains(operation)) {
        JsonNode line = json.readTree(text);
        if (operation.equals(line.path("mdc").path("operationName").asText())) {
          return line;
        }
      }
    }
    return null;
  }

  private static List<String> consoleLines() {
    try {
      return Files.exists(CONSOLE) ? Files.readAllLines(CONSOLE) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
