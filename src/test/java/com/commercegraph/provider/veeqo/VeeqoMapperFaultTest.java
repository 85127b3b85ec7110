package com.commercegraph.provider.veeqo;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.order.Order;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bug in the gateway's own code (here a Veeqo mapper that throws on a good answer) is the
 * gateway's failure, INTERNAL_ERROR with a correlation id, never a provider code such as
 * PROVIDER_UNAVAILABLE that clients would retry; Veeqo answered once and was not asked again.
 */
@QuarkusTest
class VeeqoMapperFaultTest {

  private static final String BY_PROVIDER_ID =
      """
      query ByProviderId($providerId: String!) {
        orderByProviderId(provider: VEEQO, providerId: $providerId) { providerId }
      }
      """;

  @Inject VeeqoConfig config;

  @BeforeEach
  void mapperWithABug() {
    QuarkusMock.installMockForType(
        new VeeqoMapper(config) {
          @Override
          public Order order(VeeqoOrder order) {
            throw new IllegalStateException("a bug in the mapper");
          }
        },
        VeeqoMapper.class);
  }

  @Test
  void aMapperBugIsAnInternalErrorWithACorrelationIdAndNoRetry() {
    VeeqoStubs.orderAnswers("42", okJson(VeeqoStubs.orderWithId("42")));

    JsonPath answer = GraphQLClient.answer(BY_PROVIDER_ID, Map.of("providerId", "42"));

    assertThat((Object) answer.get("data.orderByProviderId")).isNull();
    List<Map<String, Object>> errors = answer.getList("errors");
    assertThat(errors).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
    assertThat(extensions).containsEntry("code", "INTERNAL_ERROR");
    String correlationId = String.valueOf(extensions.get("correlationId"));
    assertThat(correlationId).matches("[0-9a-f-]{36}");
    assertThat(String.valueOf(errors.get(0).get("message")))
        .contains(correlationId)
        .doesNotContain("a bug in the mapper")
        .doesNotContain("Exception");
    VeeqoStubs.server().verify(1, getRequestedFor(urlPathEqualTo("/orders/42")));
    assertThat(VeeqoStubs.server().findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }
}
