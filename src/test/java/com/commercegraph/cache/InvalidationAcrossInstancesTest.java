package com.commercegraph.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.graphql.RecplusWriteWarmUp;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.store.InstanceIdentity;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Caches stay per instance, and what one instance drops every instance drops: a write's end and a
 * provider's news go out on Redis channel {@code commerce-graph:invalidations}; what another
 * instance sends there makes this one read the provider again (counted at WireMock), and what this
 * one writes it tells the others.
 */
@QuarkusTest
@TestProfile(CachedListsWithRedis.class)
class InvalidationAcrossInstancesTest {

  private static final String ORDERS =
      """
      { orders(first: 3, filter: { providers: [VEEQO] }) { edges { node { providerId } } } }
      """;

  private static final String STOCK =
      """
      query ($id: ID!) { node(id: $id) { ... on StockLevel { sku onHand } } }
      """;

  private static final String PRODUCT =
      """
      query ($id: ID!) { product(id: $id) { sku stock { onHand } } }
      """;

  private static final String SET_STOCK =
      """
      mutation ($sku: String!, $onHand: Int!) {
        setStockLevel(provider: RECPLUS, sku: $sku, onHand: $onHand) {
          stockLevel { onHand } userErrors { code }
        }
      }
      """;

  private static final String OTHER_INSTANCE = "another-instance";

  private final WireMockServer veeqo = VeeqoStubs.server();

  @Inject RedisDataSource redis;
  @Inject InstanceIdentity identity;

  @BeforeEach
  void providersAnswer() {
    VeeqoStubs.ordersAnswer(
        VeeqoStubs.page(
            "["
                + String.join(
                    ",",
                    VeeqoStubs.listedOrder(301, "2026-11-20T12:03:00Z"),
                    VeeqoStubs.listedOrder(302, "2026-11-20T12:02:00Z"),
                    VeeqoStubs.listedOrder(303, "2026-11-20T12:01:00Z"))
                + "]",
            3,
            1,
            1,
            100));
    RecplusStubs.stockIs(84);
    RecplusStubs.productIs();
  }

  @Test
  void anotherInstancesWriteMakesThisOneReadItsCachedOrderListAgain() {
    GraphQLClient.answerWithoutErrors(ORDERS, Map.of());
    GraphQLClient.answerWithoutErrors(ORDERS, Map.of());
    assertThat(orderReads()).isEqualTo(1);

    publish(OTHER_INSTANCE + "|VEEQO|writes|*");

    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> {
              GraphQLClient.answerWithoutErrors(ORDERS, Map.of());
              return orderReads() == 2;
            });
    GraphQLClient.answerWithoutErrors(ORDERS, Map.of());
    assertThat(orderReads()).isEqualTo(2);
  }

  @Test
  void thisInstancesOwnMessagesAndOtherProvidersNewsKeepItsCache() {
    GraphQLClient.answerWithoutErrors(ORDERS, Map.of());
    publish(identity.id() + "|VEEQO|writes|*");
    publish(OTHER_INSTANCE + "|RECPLUS|writes|*");

    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(
            () -> {
              GraphQLClient.answerWithoutErrors(ORDERS, Map.of());
              return orderReads() == 1;
            });
  }

  @Test
  void stockAndAProductAnotherInstanceHeardHadChangedAreReadAgainHere() {
    String stockId =
        NodeId.encode(Provider.RECPLUS, EntityKind.STOCK_LEVEL, RecplusStubs.STOCK_CODE);
    String productId = NodeId.encode(Provider.RECPLUS, EntityKind.PRODUCT, "58661");
    GraphQLClient.answerWithoutErrors(STOCK, Map.of("id", stockId));
    GraphQLClient.answerWithoutErrors(PRODUCT, Map.of("id", productId));
    GraphQLClient.answerWithoutErrors(STOCK, Map.of("id", stockId));
    GraphQLClient.answerWithoutErrors(PRODUCT, Map.of("id", productId));
    assertThat(RecplusStubs.requests(RecplusStubs.STOCK_PATH)).isEqualTo(1);
    assertThat(RecplusStubs.requests(RecplusStubs.PRODUCT_PATH)).isEqualTo(1);

    publish(OTHER_INSTANCE + "|RECPLUS|stock|*");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> {
              GraphQLClient.answerWithoutErrors(STOCK, Map.of("id", stockId));
              return RecplusStubs.requests(RecplusStubs.STOCK_PATH) == 2;
            });

    publish(OTHER_INSTANCE + "|RECPLUS|products|58661");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> {
              GraphQLClient.answerWithoutErrors(PRODUCT, Map.of("id", productId));
              return RecplusStubs.requests(RecplusStubs.PRODUCT_PATH) == 2;
            });
  }

  @Test
  void aStockWriteHereIsToldToTheOtherInstances() {
    RecplusWriteWarmUp.once();
    List<String> heard = new CopyOnWriteArrayList<>();
    PubSubCommands.RedisSubscriber subscription =
        redis.pubsub(String.class).subscribe(SharedInvalidations.CHANNEL, heard::add);
    try {
      RecplusStubs.writeAnswers(RecplusStubs.STOCK_PATH, aResponse().withStatus(204));

      GraphQLClient.answerWithoutErrors(
          SET_STOCK, Map.of("sku", RecplusStubs.STOCK_CODE, "onHand", 3));

      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(heard)
                      .contains(
                          identity.id() + "|RECPLUS|writes|*", identity.id() + "|RECPLUS|stock|*"));
    } finally {
      subscription.unsubscribe();
    }
  }

  private void publish(String message) {
    redis.pubsub(String.class).publish(SharedInvalidations.CHANNEL, message);
  }

  private int orderReads() {
    return veeqo.findAll(getRequestedFor(urlPathEqualTo("/orders"))).size();
  }
}
