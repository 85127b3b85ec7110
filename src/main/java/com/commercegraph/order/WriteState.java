package com.commercegraph.order;

/** Where a create with a client reference stands, as the reference store knows it. */
public enum WriteState {
  /** Claimed and being sent, or sent and not answered yet. */
  PENDING,
  /** The provider made the order; its id is known. */
  CREATED,
  /** The provider's answer proved it made nothing (or nothing was sent); the reference is free. */
  NOT_APPLIED,
  /** Sent, and no answer says whether the provider made the order. */
  UNKNOWN
}
