package com.commercegraph.resilience;

/**
 * Which try of a call runs on this thread: 1 for the first, 2 for the first retry. Set by {@link
 * SafeCallRetries} around each try, so that the request the try sends is traced and counted with
 * its number.
 */
final class CallAttempt {

  private static final ThreadLocal<Integer> CURRENT = new ThreadLocal<>();

  private CallAttempt() {}

  static int current() {
    Integer attempt = CURRENT.get();
    return attempt == null ? 1 : attempt;
  }

  static void set(int attempt) {
    CURRENT.set(attempt);
  }

  static void clear() {
    CURRENT.remove();
  }
}
