package com.commercegraph.sandbox.recplus;

import com.commercegraph.sandbox.SandboxCredentials;
import com.commercegraph.sandbox.SandboxJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The simulated REC+ site's webhooks (recplus-api.txt "API Webhooks", with "Wrap Data" on and
 * Bearer auth), sent to the gateway it runs in: only while the gateway's REC+ webhook token is the
 * sandbox's own, so that nothing is ever sent with a real site's token or to anywhere else.
 */
@ApplicationScoped
public class RecplusWebhookSender {

  private static final Logger LOG = Logger.getLogger(RecplusWebhookSender.class);

  private final Optional<String> target;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  RecplusWebhookSender(
      @ConfigProperty(name = "commerce.sandbox.base-url") Optional<String> gateway,
      @ConfigProperty(name = "recplus.webhook.token") Optional<String> token) {
    boolean sandboxToken =
        token.filter(SandboxCredentials.RECPLUS_WEBHOOK_TOKEN::equals).isPresent();
    this.target = sandboxToken ? gateway.map(url -> url + "/webhooks/recplus") : Optional.empty();
  }

  /** Sends {@code {"event": event, "data": data}} in the background; a failure is only logged. */
  public void send(String event, JsonNode data) {
    if (target.isEmpty()) {
      return;
    }
    ObjectNode body = SandboxJson.object();
    body.put("event", event);
    body.set("data", data);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(target.get()))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + SandboxCredentials.RECPLUS_WEBHOOK_TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              if (failure != null) {
                LOG.debugf("Sandbox REC+ webhook %s not delivered: %s", event, failure.toString());
              }
            });
  }
}
