package com.commercegraph.order.event;

/**
 * A subscriber left more events unread than its buffer holds ({@code
 * commerce.events.subscriber-buffer}): its subscription ends, so that the events it cannot take do
 * not pile up in memory; nobody else is affected.
 */
public class SubscriberTooSlowException extends RuntimeException {

  public static final String CODE = "SUBSCRIBER_TOO_SLOW";

  SubscriberTooSlowException(int buffer) {
    super(
        "The subscriber left more than " + buffer + " events unread; subscribe again",
        null,
        false,
        false);
  }

  public String code() {
    return CODE;
  }
}
