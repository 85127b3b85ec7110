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

  /**
   * @return the try number this replaces, null when none was set, to hand back to {@link #restore}
   *     (a token fetch retried inside a retried call must not make the outer call forget its try)
   */
  static Integer set(int attempt) {
    Integer outer = CURRENT.get();
    CURRENT.set(attempt);
    return outer;
  }

  static void restore(Integer outer) {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }
}
