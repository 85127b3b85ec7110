package com.commercegraph.provider.veeqo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.failure.ProviderRejectedException;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Channels (stores.md) and channel sellables (veeqo-amazon-buyer-protection.txt steps 1 and 2). */
@QuarkusTest
class VeeqoChannelsClientTest {

  private static final String CHANNEL_SELLABLES = "/api/v2/channel_sellables";

  private final WireMockServer wireMock = VeeqoStubs.server();

  @Inject VeeqoClient client;

  @Test
  void listChannelsSendsPagingAndReadsTheDocumentedStores() {
    wireMock.stubFor(
        get(urlPathEqualTo("/channels"))
            .willReturn(okJson(VeeqoStubs.payload("channels/index.json"))));

    VeeqoPage<VeeqoChannel> page = client.channels(1, 3);

    assertThat(page.items()).hasSize(3);
    assertThat(page.items().get(0).id()).isEqualTo(45465L);
    assertThat(page.items().get(0).currencyCode()).isEqualTo("GBP");
    assertThat(page.nextPage()).isEqualTo(2);
    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/channels?page=1&page_size=3"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void createChannelPostsTheAmazonCustomIntegrationChannel() {
    wireMock.stubFor(
        post(urlEqualTo("/channels"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(VeeqoStubs.payload("channels/create-response.json"))));

    VeeqoChannel channel =
        client.createChannel(
            new VeeqoNewChannel(
                "Amazon Store US (Custom Integration)",
                "custom_integration",
                "USD",
                "AZ",
                null,
                null,
                false,
                new VeeqoNewChannel.CustomIntegration("amazon")));

    assertThat(channel.id()).isEqualTo(1234567L);
    assertThat(channel.typeCode()).isEqualTo("custom_integration");
    assertThat(channel.shortName()).isEqualTo("AZ");
    assertThat(channel.customIntegration().integrationType()).isEqualTo("amazon");
    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/channels"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(VeeqoStubs.payload("channels/create-request.json"))));
  }

  @Test
  void channelSellableForANewChannelProductIsJsonApiWithItsAcceptHeader() {
    answerChannelSellable();

    VeeqoChannelSellable created = client.createChannelSellable(blueBottleOn(null));

    assertThat(created)
        .isEqualTo(
            new VeeqoChannelSellable(
                "123456789",
                "B0EXAMPLE123",
                "BLUE-WATER-BOTTLE-500ML",
                "Blue Water Bottle 500ml",
                new BigDecimal("0.0"),
                true,
                "1234567",
                "987654321",
                "111222333"));
    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(CHANNEL_SELLABLES))
            .withHeader("Accept", equalTo("application/vnd.api+json"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withRequestBody(
                equalToJson(
                    VeeqoStubs.payload("channel_sellables/create-new-product-request.json"))));
  }

  @Test
  void channelSellableForAnExistingChannelProductLinksItByRelationship() {
    answerChannelSellable();

    client.createChannelSellable(blueBottleOn("987654321"));

    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(CHANNEL_SELLABLES))
            .withHeader("Accept", equalTo("application/vnd.api+json"))
            .withRequestBody(
                equalToJson(VeeqoStubs.payload("channel_sellables/link-existing-request.json"))));
  }

  @Test
  void unsupportedMediaTypeIsARejection() {
    wireMock.stubFor(
        post(urlEqualTo(CHANNEL_SELLABLES))
            .willReturn(
                aResponse()
                    .withStatus(415)
                    .withHeader("Content-Type", "application/vnd.api+json")
                    .withBody("{\"errors\": [{\"title\": \"Unsupported Media Type\"}]}")));

    ProviderRejectedException e =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () ->
                client.createChannelSellable(
                    new VeeqoNewChannelSellable(1L, 2L, "B0", "SKU", "Title", null)));

    assertThat(e.code()).isEqualTo("PROVIDER_REJECTED");
    assertThat(e.httpStatus()).contains(415);
    assertThat(e.providerMessage()).contains("title Unsupported Media Type");
  }

  private void answerChannelSellable() {
    wireMock.stubFor(
        post(urlEqualTo(CHANNEL_SELLABLES))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/vnd.api+json")
                    .withBody(VeeqoStubs.payload("channel_sellables/create-response.json"))));
  }

  /** The water bottle of veeqo-amazon-buyer-protection.txt, on a new channel product or not. */
  private static VeeqoNewChannelSellable blueBottleOn(String channelProductId) {
    return new VeeqoNewChannelSellable(
        111222333L,
        1234567L,
        "B0EXAMPLE123",
        "BLUE-WATER-BOTTLE-500ML",
        "Blue Water Bottle 500ml",
        channelProductId);
  }
}
