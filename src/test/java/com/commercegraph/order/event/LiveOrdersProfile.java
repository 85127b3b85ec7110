package com.commercegraph.order.event;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * The gateway of the live-order tests (one start for all of them): REC+ webhooks on with both kinds
 * of credentials, polls every {@link #POLL_INTERVAL_MILLIS} ms, a small subscriber buffer, and
 * Veeqo answers waited for long enough to hold socket operations for seconds.
 */
public class LiveOrdersProfile implements QuarkusTestProfile {

  public static final long POLL_INTERVAL_MILLIS = 400;
  public static final String WEBHOOK_USER = "recplus-hooks";
  public static final String WEBHOOK_PASSWORD = "hook-password-1";
  public static final String WEBHOOK_TOKEN = "hook-token-1";
  public static final int SUBSCRIBER_BUFFER = 64;
  public static final int MAX_CONNECTIONS = 6;
  public static final long REPORT_POLL_INTERVAL_MILLIS = 200;
  public static final int VEEPE_ORDERS_PER_POLL = 3;

  /**
   * How long a socket may wait before its {@code connection_init}: short enough to see the 4408
   * close in a test, long enough for every other test's client, which sends it at once.
   */
  public static final long INIT_TIMEOUT_MILLIS = 2000;

  /** How long a held Veeqo answer may take without counting as a timeout. */
  public static final String VEEQO_READ_TIMEOUT = "8s";

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    config.put("veeqo.read-timeout", VEEQO_READ_TIMEOUT);
    config.put("commerce.requests.read-deadline", "10s");
    config.put("recplus.webhook.username", WEBHOOK_USER);
    config.put("recplus.webhook.password", WEBHOOK_PASSWORD);
    config.put("recplus.webhook.token", WEBHOOK_TOKEN);
    config.put("commerce.events.veeqo-poll-interval", POLL_INTERVAL_MILLIS + "ms");
    config.put("commerce.events.veepe-poll-interval", POLL_INTERVAL_MILLIS + "ms");
    config.put("commerce.events.shopwedo-poll-interval", POLL_INTERVAL_MILLIS + "ms");
    config.put("commerce.events.subscriber-buffer", String.valueOf(SUBSCRIBER_BUFFER));
    config.put("commerce.socket.max-connections-per-caller", String.valueOf(MAX_CONNECTIONS));
    config.put("commerce.events.report-poll-interval", REPORT_POLL_INTERVAL_MILLIS + "ms");
    config.put("commerce.events.veepe-orders-per-poll", String.valueOf(VEEPE_ORDERS_PER_POLL));
    config.put("commerce.socket.init-timeout", INIT_TIMEOUT_MILLIS + "ms");
    return config;
  }
}
