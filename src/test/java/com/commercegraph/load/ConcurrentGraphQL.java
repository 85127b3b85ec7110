package com.commercegraph.load;

import com.commercegraph.graphql.GraphQLClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts many GraphQL documents to the gateway at a fixed concurrency and returns the answers in the
 * same order. Bounded: every request has a timeout and the whole run a deadline, after which it
 * fails rather than hangs.
 */
final class ConcurrentGraphQL {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RUN_DEADLINE = Duration.ofSeconds(180);
  // Money is read as exact decimals, as a client handling money must.
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final URI graphql;
  private final int concurrency;

  ConcurrentGraphQL(URI graphql, int concurrency) {
    this.graphql = graphql;
    this.concurrency = concurrency;
  }

  /** The answers, parsed, each checked to be HTTP 200. */
  List<JsonNode> postAll(List<String> documents) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT)
            .build();
    ExecutorService callers = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<JsonNode>> answers = new ArrayList<>();
      for (String document : documents) {
        answers.add(callers.submit(() -> post(client, document)));
      }
      long deadline = System.nanoTime() + RUN_DEADLINE.toNanos();
      List<JsonNode> bodies = new ArrayList<>();
      for (Future<JsonNode> answer : answers) {
        bodies.add(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return bodies;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for answers", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("not every request was answered within " + RUN_DEADLINE, e);
    } finally {
      callers.shutdownNow();
    }
  }

  private JsonNode post(HttpClient client, String document)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(graphql)
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(body(document)))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static String body(String document) {
    try {
      return JSON.writeValueAsString(Map.of("query", document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
