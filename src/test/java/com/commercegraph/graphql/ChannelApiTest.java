package com.commercegraph.graphql;

import static com.commercegraph.provider.veeqo.VeeqoStubs.payload;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.JsonAnswer;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Amazon buyer-protection setup over HTTP: {@code createAmazonChannel}, channel sellables. */
@QuarkusTest
class ChannelApiTest {

  private static final String CREATE_CHANNEL =
      """
      mutation Channel($input: AmazonChannelInput!) {
        createAmazonChannel(input: $input) {
          channel { id provider providerId name shortName currencyCode state }
          userErrors { field message code }
        }
      }
      """;

  private static final String LINK =
      """
      mutation Link($input: ChannelSellableInput!) {
        linkChannelSellable(input: $input) {
          channelSellable { id remoteId remoteSku remoteTitle active }
          userErrors { field message code }
        }
      }
      """;

  private static final String CHANNEL_ID =
      NodeId.encode(Provider.VEEQO, EntityKind.CHANNEL, "1234567");

  private final WireMockServer veeqo = VeeqoStubs.server();

  @Test
  void anAmazonChannelIsACustomIntegrationChannel() {
    VeeqoStubs.createChannelAnswers(okJson(payload("channels/create-response.json")));

    GraphQLClient.post(CREATE_CHANNEL, Map.of("input", channelInput("AZ", "USD")))
        .statusCode(200)
        .spec(MutationAnswer.accepted("createAmazonChannel"))
        .body("data.createAmazonChannel.channel.id", is(CHANNEL_ID))
        .body("data.createAmazonChannel.channel.provider", is("VEEQO"))
        .body("data.createAmazonChannel.channel.providerId", is("1234567"))
        .body("data.createAmazonChannel.channel.shortName", is("AZ"))
        .body("data.createAmazonChannel.channel.currencyCode", is("USD"))
        .body("data.createAmazonChannel.channel.state", is("active"));

    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/channels"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(payload("channels/create-request.json"))));
  }

  @Test
  void aShortNameOverTwoCharactersOrABadCurrencyIsRefusedWithoutCallingVeeqo() {
    Map<String, Object> input = new HashMap<>(channelInput("AMZ", "usd"));
    input.put("name", " ");

    GraphQLClient.post(CREATE_CHANNEL, Map.of("input", input))
        .body("errors", nullValue())
        .body("data.createAmazonChannel.channel", nullValue())
        .body(
            "data.createAmazonChannel.userErrors.field",
            containsInAnyOrder(
                List.of("input", "name"),
                List.of("input", "shortName"),
                List.of("input", "currencyCode")))
        .body(
            "data.createAmazonChannel.userErrors.code",
            containsInAnyOrder("REQUIRED", "TOO_LONG", "INVALID"));
    GraphQLClient.post(CREATE_CHANNEL, Map.of("input", channelInput("AZ", "XYZ")))
        .body(
            "data.createAmazonChannel.userErrors.field",
            contains(List.of("input", "currencyCode")));
    veeqo.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aChannelCreateThatTimesOutIsOutcomeUnknownAndSentOnce() {
    VeeqoStubs.createChannelAnswers(
        okJson(payload("channels/create-response.json")).withFixedDelay(1500));

    GraphQLClient.post(CREATE_CHANNEL, Map.of("input", channelInput("AZ", "USD")))
        .body("data.createAmazonChannel", nullValue())
        .spec(FirstError.of("OUTCOME_UNKNOWN", "VEEQO"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/channels")));
  }

  @Test
  void veeqoRefusingTheChannelIsProviderRejected() {
    VeeqoStubs.createChannelAnswers(
        JsonAnswer.of(422, "{\"errors\": {\"short_name\": [\"has already been taken\"]}}"));

    GraphQLClient.post(CREATE_CHANNEL, Map.of("input", channelInput("AZ", "USD")))
        .spec(FirstError.of("PROVIDER_REJECTED", "VEEQO"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/channels")));
  }

  @Test
  void aSellableIsLinkedWithANewChannelProductAsJsonApi() {
    VeeqoStubs.linkSellableAnswers(VeeqoStubs.sellableLinked());
    Map<String, Object> input = sellableInput();

    GraphQLClient.post(LINK, Map.of("input", input))
        .spec(MutationAnswer.accepted("linkChannelSellable"))
        .body("data.linkChannelSellable.channelSellable.id", is("123456789"))
        .body("data.linkChannelSellable.channelSellable.remoteId", is("B0EXAMPLE123"))
        .body("data.linkChannelSellable.channelSellable.active", is(true));

    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/v2/channel_sellables"))
            .withHeader("Accept", equalTo("application/vnd.api+json"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withRequestBody(
                equalToJson(payload("channel_sellables/create-new-product-request.json"))));
  }

  @Test
  void aSellableIsLinkedToAnExistingChannelProduct() {
    VeeqoStubs.linkSellableAnswers(VeeqoStubs.sellableLinked());
    Map<String, Object> input = sellableInput();
    input.put("channelProductId", "987654321");

    GraphQLClient.post(LINK, Map.of("input", input))
        .body("errors", nullValue())
        .body("data.linkChannelSellable.channelSellable.id", is("123456789"));

    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/v2/channel_sellables"))
            .withHeader("Accept", equalTo("application/vnd.api+json"))
            .withRequestBody(equalToJson(payload("channel_sellables/link-existing-request.json"))));
  }

  @Test
  void badSellableInputIsRefusedWithoutCallingVeeqo() {
    Map<String, Object> input = new HashMap<>();
    input.put("channelId", NodeId.encode(Provider.VEEQO, EntityKind.ORDER, "1234567"));
    input.put("sellableId", "BLUE-1");
    input.put("remoteId", "");
    input.put("channelProductId", "abc");

    GraphQLClient.post(LINK, Map.of("input", input))
        .body("errors", nullValue())
        .body("data.linkChannelSellable.channelSellable", nullValue())
        .body(
            "data.linkChannelSellable.userErrors.field",
            containsInAnyOrder(
                List.of("input", "channelId"),
                List.of("input", "sellableId"),
                List.of("input", "remoteId"),
                List.of("input", "channelProductId")));

    Map<String, Object> untitled = sellableInput();
    untitled.remove("remoteTitle");
    untitled.put("channelId", "not-an-id");
    GraphQLClient.post(LINK, Map.of("input", untitled))
        .body(
            "data.linkChannelSellable.userErrors.field",
            containsInAnyOrder(List.of("input", "channelId"), List.of("input", "remoteTitle")))
        .body(
            "data.linkChannelSellable.userErrors.code", containsInAnyOrder("INVALID", "REQUIRED"));
    veeqo.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aLinkThatTimesOutIsOutcomeUnknownAndSentOnce() {
    VeeqoStubs.linkSellableAnswers(
        okJson(payload("channel_sellables/create-response.json")).withFixedDelay(1500));

    GraphQLClient.post(LINK, Map.of("input", sellableInput()))
        .spec(FirstError.of("OUTCOME_UNKNOWN", "VEEQO"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/channel_sellables")));
  }

  private static Map<String, Object> channelInput(String shortName, String currency) {
    return Map.of(
        "name", "Amazon Store US (Custom Integration)",
        "shortName", shortName,
        "currencyCode", currency);
  }

  private static Map<String, Object> sellableInput() {
    Map<String, Object> input = new HashMap<>();
    input.put("channelId", CHANNEL_ID);
    input.put("sellableId", "111222333");
    input.put("remoteId", "B0EXAMPLE123");
    input.put("remoteSku", "BLUE-WATER-BOTTLE-500ML");
    input.put("remoteTitle", "Blue Water Bottle 500ml");
    return input;
  }
}
