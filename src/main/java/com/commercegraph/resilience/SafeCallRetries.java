package com.commercegraph.resilience;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderTimeoutException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Repeats a call that is safe to repeat (a read, a token fetch, an idempotent create) while it
 * fails with a retryable {@link ProviderException}: exponential backoff with jitter, or the
 * provider's own Retry-After, bounded by {@link ResilienceConfig.Settings#readAttempts()}, by
 * {@link ResilienceConfig.Settings#retryMaxDuration()} and by the caller's own deadline. A retry
 * that would start past either time bound is not made: the last failure is the answer, except that
 * once any try of a write went unanswered the answer stays outcome-unknown, since that try may have
 * been applied whatever the later ones said.
 */
public final class SafeCallRetries {

  private SafeCallRetries() {}

  /**
   * @param deadlineNanos {@link System#nanoTime()} after which no further try starts
   */
  public static <T> T run(
      ResilienceConfig.Settings settings, Supplier<T> call, long deadlineNanos) {
    return run(settings, call, deadlineNanos, failure -> {});
  }

  /**
   * As {@link #run(ResilienceConfig.Settings, Supplier, long)}, telling {@code retrying} of each
   * failure that is about to be tried again. Each try runs with its number known to the requests it
   * sends ({@link CallAttempt}), so that their spans say which try they were.
   */
  static <T> T run(
      ResilienceConfig.Settings settings,
      Supplier<T> call,
      long deadlineNanos,
      Consumer<ProviderException> retrying) {
    long giveUpAt =
        Math.min(deadlineNanos, System.nanoTime() + settings.retryMaxDuration().toNanos());
    boolean unanswered = false;
    Integer outer = CallAttempt.set(1);
    try {
      for (int attempt = 1; ; attempt++) {
        CallAttempt.set(attempt);
        try {
          return call.get();
        } catch (ProviderException e) {
          unanswered |= e.outcomeUnknown();
          ProviderException answer = unanswered ? stillUnknown(e) : e;
          long wait = backoff(settings, attempt, e);
          if (!e.retryable()
              || attempt >= settings.readAttempts()
              || System.nanoTime() + wait >= giveUpAt) {
            throw answer;
          }
          retrying.accept(e);
          sleep(wait, answer);
        }
      }
    } finally {
      CallAttempt.restore(outer);
    }
  }

  private static ProviderException stillUnknown(ProviderException last) {
    return last.outcomeUnknown()
        ? last
        : new ProviderTimeoutException(
            new ProviderFailure(last.provider(), null, null, "an earlier try got no answer", true),
            last);
  }

  /** Exponential with half jitter, or the provider's own Retry-After when it gave one. */
  private static long backoff(
      ResilienceConfig.Settings settings, int attempt, ProviderException e) {
    if (e.retryAfter().isPresent()) {
      return e.retryAfter().get().toNanos();
    }
    long ceiling = settings.retryDelay().toNanos() << (attempt - 1);
    return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
  }

  private static void sleep(long nanos, ProviderException cause) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }
}
