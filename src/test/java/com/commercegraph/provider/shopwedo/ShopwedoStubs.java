package com.commercegraph.provider.shopwedo;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.JsonAnswer;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the ShopWeDo stand-in answers, in ShopWeDo's terms: every call is a signed form posted to
 * {@code /admin/api/<method>} (shopwedo-api.txt), answered with the payloads under {@code
 * src/test/resources/shopwedo/}; and what the calls it received carried.
 */
public final class ShopwedoStubs {

  public static final String API = "/admin/api/";

  /** Every method of shopwedo-api.txt the gateway calls. */
  public static final List<String> METHODS =
      List.of("authTest", "createOrder", "cancelOrder", "getOrder", "getStock", "getProducts");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ShopwedoStubs() {}

  public static WireMockServer server() {
    return ProviderServers.of(Provider.SHOPWEDO);
  }

  /** A payload, by its name under {@code shopwedo/}, e.g. {@code get-order.json}. */
  public static String payload(String name) {
    return TestResources.read("shopwedo/" + name);
  }

  /** A payload sent as JSON with this status. */
  public static ResponseDefinitionBuilder answer(int status, String name) {
    return JsonAnswer.of(status, payload(name));
  }

  /** {@code method} answers this. */
  public static void answers(String method, ResponseDefinitionBuilder answer) {
    server().stubFor(post(urlEqualTo(API + method)).willReturn(answer));
  }

  /** createOrder creates order 123, and getOrder reads it back as {@code get-order.json}. */
  public static void orderCreatedAndReadBack() {
    answers("createOrder", answer(201, "create-order-created.json"));
    answers("getOrder", answer(200, "get-order.json"));
  }

  /** The calls of {@code method} ShopWeDo received. */
  public static List<LoggedRequest> requests(String method) {
    return server().findAll(postRequestedFor(urlEqualTo(API + method)));
  }

  /** The one call of {@code method} ShopWeDo received. */
  public static LoggedRequest onlyRequest(String method) {
    List<LoggedRequest> requests = requests(method);
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  /** The fields of a call's form, decoded. */
  public static Map<String, String> form(LoggedRequest request) {
    return Arrays.stream(request.getBodyAsString().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
  }

  /** The {@code data} field of a call: the method's arguments. */
  public static JsonNode data(LoggedRequest request) {
    return field(request, "data");
  }

  /** The {@code auth} field of a call: shop id, timestamp, salt and token. */
  public static JsonNode auth(LoggedRequest request) {
    return field(request, "auth");
  }

  private static JsonNode field(LoggedRequest request, String name) {
    try {
      return JSON.readTree(form(request).get(name));
    } catch (JsonProcessingException e) {
      throw new AssertionError(name + " is not JSON", e);
    }
  }
}
