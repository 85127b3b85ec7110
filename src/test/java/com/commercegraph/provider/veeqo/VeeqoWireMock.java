package com.commercegraph.provider.veeqo;

import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderWireMock;
import io.quarkus.test.common.QuarkusTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Stands in for Veeqo in tests; its settings are the test credentials the assertions check. */
@QuarkusTestResource(VeeqoWireMock.class)
public class VeeqoWireMock extends ProviderWireMock {

  public static final String API_KEY = "test-veeqo-api-key";

  public VeeqoWireMock() {
    super(Provider.VEEQO);
  }

  @Override
  protected Map<String, String> settings(String baseUrl) {
    warmUp(baseUrl);
    return Map.of(
        "veeqo.base-url", baseUrl,
        "veeqo.api-key", API_KEY,
        "veeqo.read-timeout", "1s");
  }

  // WireMock's first answer takes over a second on a busy machine, longer than the 1s read
  // timeout the tests use; one request at start-up keeps that out of the first test.
  private static void warmUp(String baseUrl) {
    try {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/warm-up"))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
