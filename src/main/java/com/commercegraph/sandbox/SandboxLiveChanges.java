package com.commercegraph.sandbox;

import com.commercegraph.sandbox.recplus.RecplusSandbox;
import com.commercegraph.sandbox.recplus.RecplusWebhookSender;
import com.commercegraph.sandbox.veeqo.VeeqoSandbox;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The simulated shops at work: every {@code commerce.sandbox.live-changes-interval} a Veeqo order
 * and a REC+ order move one status along, the REC+ one with its {@code update.order} webhook to the
 * gateway, so that an {@code orderEvents} subscription in GraphiQL shows live events with no setup
 * (Veeqo's arrive with the gateway's next poll). On by default in dev mode ({@code
 * commerce.sandbox.live-changes}), off elsewhere: tests change orders themselves.
 */
@ApplicationScoped
class SandboxLiveChanges {

  private static final Logger LOG = Logger.getLogger(SandboxLiveChanges.class);

  private final boolean on;
  private final Duration interval;
  private final VeeqoSandbox veeqo;
  private final RecplusSandbox recplus;
  private final RecplusWebhookSender webhooks;

  SandboxLiveChanges(
      @ConfigProperty(name = "commerce.sandbox", defaultValue = "false") boolean sandbox,
      @ConfigProperty(name = "commerce.sandbox.live-changes", defaultValue = "false") boolean on,
      @ConfigProperty(name = "commerce.sandbox.live-changes-interval", defaultValue = "20s")
          Duration interval,
      VeeqoSandbox veeqo,
      RecplusSandbox recplus,
      RecplusWebhookSender webhooks) {
    this.on = sandbox && on;
    this.interval = interval;
    this.veeqo = veeqo;
    this.recplus = recplus;
    this.webhooks = webhooks;
  }

  void start(@Observes StartupEvent start) {
    if (!on) {
      return;
    }
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "sandbox-live-changes");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        this::changeSome, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.infof("Sandbox: an order of Veeqo and of REC+ moves on every %s", interval);
  }

  /** One round of changes; the timer calls it, and tests may. */
  void changeSome() {
    try {
      veeqo.advanceOldestWaitingOrder();
      ObjectNode changed = recplus.advanceOldestOpenOrder();
      if (changed != null) {
        webhooks.send("update.order", changed);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Sandbox live changes failed: %s", e.toString());
    }
  }
}
