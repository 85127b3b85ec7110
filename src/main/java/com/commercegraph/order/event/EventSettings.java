package com.commercegraph.order.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Live order events (README "Live orders"): polls, and what one subscriber may hold. */
@ConfigMapping(prefix = "commerce.events")
public interface EventSettings {

  /**
   * How often Veeqo is asked for the orders changed since its last poll ({@code updated_at_min}):
   * one call per interval, a twentieth of one second of its 5-per-second budget at 15s.
   */
  @WithDefault("15s")
  Duration veeqoPollInterval();

  /** How often VeePe's newest orders are read (one page, one call). VeePe documents no limit. */
  @WithDefault("15s")
  Duration veepePollInterval();

  /**
   * Open VeePe orders read again per poll (one {@code GET /orders/{id}} each), the least recently
   * checked first: VeePe's list shows no change of an order past its newest page. With {@link
   * #veepeWatchedOrders()} open orders watched, a change to one is seen within (watched / this)
   * polls: 10 per 15s poll reach 200 open orders in 5 minutes.
   */
  @WithDefault("10")
  int veepeOrdersPerPoll();

  /**
   * Open VeePe orders the gateway keeps watching (seen by a poll, read or written), the most
   * recently seen; an order drops out once it is settled (delivered, cancelled, refunded, failed,
   * closed).
   */
  @WithDefault("500")
  int veepeWatchedOrders();

  /**
   * How often some of the ShopWeDo orders the gateway created or read are read again: ShopWeDo
   * cannot list orders and allows about 3 calls a second to every use of the account.
   */
  @WithDefault("60s")
  Duration shopwedoPollInterval();

  /** ShopWeDo orders read again per poll, oldest-checked first. */
  @WithDefault("3")
  int shopwedoOrdersPerPoll();

  /** ShopWeDo orders the gateway keeps watching, the most recently seen. */
  @WithDefault("500")
  int shopwedoWatchedOrders();

  /**
   * Events one subscriber may leave unread before its subscription ends with SUBSCRIBER_TOO_SLOW:
   * enough for a burst of a busy shop (a poll that finds a page of changes), small enough that a
   * thousand stalled subscribers hold little memory.
   */
  @WithDefault("256")
  int subscriberBuffer();

  /** How often a requested VeePe report is checked while someone waits for it to be ready. */
  @WithDefault("5s")
  Duration reportPollInterval();
}
