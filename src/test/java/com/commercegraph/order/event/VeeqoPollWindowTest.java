package com.commercegraph.order.event;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Veeqo's change poll asks {@code updated_at_min} widened by the same 14 hours as every Veeqo time
 * filter (orders.md names no zone); what the wider window reads again is no news.
 */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class VeeqoPollWindowTest {

  private static final DateTimeFormatter FILTER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject OrderEventStream stream;

  private SocketClient socket;

  @AfterEach
  void closeSocket() {
    if (socket != null) {
      socket.close();
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 0);
  }

  @Test
  void thePollAsksForTheOrdersUpdatedSinceItsLastPollLessFourteenHours() {
    VeeqoStubs.ordersAnswer(okJson("[]"));
    subscribe();

    await().atMost(Duration.ofSeconds(5)).until(() -> polls().size() >= 3);
    for (LoggedRequest poll : polls()) {
      OffsetDateTime asked =
          LocalDateTime.parse(poll.queryParameter("updated_at_min").firstValue(), FILTER)
              .atOffset(ZoneOffset.UTC);
      OffsetDateTime sent = poll.getLoggedDate().toInstant().atOffset(ZoneOffset.UTC);
      // since = the last poll (or one interval ago) less 5s of overlap, then less 14 hours
      assertThat(Duration.between(asked, sent))
          .isGreaterThanOrEqualTo(Duration.ofHours(14).plusSeconds(4))
          .isLessThan(Duration.ofHours(14).plusSeconds(30));
      assertThat(poll.queryParameter("page").firstValue()).isEqualTo("1");
      assertThat(poll.queryParameter("page_size").firstValue()).isEqualTo("100");
    }
  }

  @Test
  void ordersTheWiderWindowReadsAgainUnchangedAreNoEvents() {
    String updatedTenHoursAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(10).toString();
    VeeqoStubs.ordersAnswer(
        okJson(
            "["
                + LiveOrdersTest.veeqoOrder("7101", "awaiting_stock", updatedTenHoursAgo)
                + ","
                + LiveOrdersTest.veeqoOrder("7102", "shipped", updatedTenHoursAgo)
                + "]"));
    subscribe();

    int first = polls().size();
    await().atMost(Duration.ofSeconds(5)).until(() -> polls().size() >= first + 4);
    assertThat(socket.results("s")).isEmpty();
  }

  @Test
  void aFullPageIsFollowedByTheNextUntilTheListEnds() {
    List<String> hundred = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      hundred.add(
          LiveOrdersTest.veeqoOrder(String.valueOf(7200 + i), "shipped", "2026-03-01T10:00:00Z"));
    }
    VeeqoStubs.server()
        .stubFor(
            get(urlPathEqualTo("/orders"))
                .withQueryParam("updated_at_min", matching(".+"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(okJson("[" + String.join(",", hundred) + "]")));
    VeeqoStubs.server()
        .stubFor(
            get(urlPathEqualTo("/orders"))
                .withQueryParam("updated_at_min", matching(".+"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson("[]")));
    subscribe();

    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                polls().stream()
                    .anyMatch(poll -> poll.queryParameter("page").firstValue().equals("2")));
    assertThat(polls()).noneMatch(poll -> poll.queryParameter("page").firstValue().equals("3"));
  }

  private void subscribe() {
    socket = SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY);
    socket.start(
        "s", LiveOrdersTest.EVENTS, Map.of("filter", Map.of("providers", List.of("VEEQO"))));
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 1);
    VeeqoStubs.server().resetRequests();
  }

  private static List<LoggedRequest> polls() {
    return VeeqoStubs.server()
        .findAll(
            getRequestedFor(urlPathEqualTo("/orders"))
                .withQueryParam("updated_at_min", matching(".+")));
  }
}
