package com.commercegraph.order.event;

/** How the gateway learnt of a change. */
public enum EventSource {
  /** The provider told the gateway (REC+ webhooks). */
  WEBHOOK,
  /** The gateway asked the provider what changed. */
  POLL,
  /** The change is the gateway's own write. */
  GATEWAY
}
