package com.commercegraph.resilience;

/**
 * Whether the call running on this thread is background work, which {@link ProviderGate} lets take
 * a turn under a rate limit only while enough is left for the callers that wait for an answer, and
 * how long it may wait for that. Set by {@link ProviderCalls} around a call on the provider's own
 * threads.
 */
final class GateTurns {

  private static final ThreadLocal<Long> BACKGROUND_UNTIL = new ThreadLocal<>();

  private GateTurns() {}

  /**
   * @param deadlineNanos {@link System#nanoTime()} past which the background call stops waiting
   */
  static void background(long deadlineNanos) {
    BACKGROUND_UNTIL.set(deadlineNanos);
  }

  static void foreground() {
    BACKGROUND_UNTIL.remove();
  }

  /** The background call's deadline, or null for a call a client waits for. */
  static Long backgroundDeadline() {
    return BACKGROUND_UNTIL.get();
  }
}
