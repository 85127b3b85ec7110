package com.commercegraph.write;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * The way every write reaches a provider, whatever the provider: the domain service checks the
 * input first and, where the write carries a client reference, claims it; then the write goes only
 * to an enabled provider, on its own threads behind its breaker ({@link ProviderCalls}), within the
 * request's deadline, sent once unless the provider itself makes it idempotent; then the outcome
 * rules below decide what its failure means; the cache invalidation wraps the write itself ({@code
 * StockCache.aroundWrite}, {@code ProductCache.aroundWrite}), so it happens however and whenever
 * the write ends.
 *
 * <p>The outcome rules, in one place: a write that answered is applied; a failure is "not applied"
 * only when the answer proves the provider refused (a 4xx other than 408) or nothing was sent (a
 * refused connection, an open breaker, the gateway's own rate limit, a disabled provider); a 5xx, a
 * 408, a read timeout, a reset after the request left, or the request's deadline passing is unknown
 * ({@link com.commercegraph.failure.ProviderErrors#forWrite}, {@link
 * ProviderException#outcomeUnknown()}).
 */
@ApplicationScoped
public class WritePath {

  private static final Logger LOG = Logger.getLogger(WritePath.class);

  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;

  WritePath(ProviderRegistry registry, ProviderCalls calls, RequestLimits limits) {
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
  }

  /**
   * Sends the write once.
   *
   * @throws com.commercegraph.failure.ProviderException when the provider is disabled or failed;
   *     with {@code outcomeUnknown()} when the write may have been applied without an answer
   */
  public <T> T send(Provider provider, Supplier<T> write) {
    requireEnabled(provider);
    return calls.write(provider, write, limits.deadline());
  }

  /**
   * Sends the write (once, or retried when {@code idempotent}) and tells {@code recorder} how it
   * ended: before this returns when it ends within the deadline, or later, when its answer comes
   * after the gateway stopped waiting. A disabled provider is "not applied" at once.
   *
   * @throws ProviderException as {@link #send}
   */
  public <T> T send(
      Provider provider, Supplier<T> write, boolean idempotent, OutcomeRecorder<T> recorder) {
    if (!registry.enabled(provider)) {
      ProviderDisabledException disabled = ProviderDisabledException.of(provider);
      recorder.notApplied(disabled);
      throw disabled;
    }
    return calls.write(
        provider,
        write,
        idempotent,
        limits.deadline(),
        (value, failure) -> tell(recorder, value, failure));
  }

  private static <T> void tell(OutcomeRecorder<T> recorder, T value, ProviderException failure) {
    try {
      if (failure == null) {
        recorder.applied(value);
      } else if (failure.outcomeUnknown()) {
        recorder.unknown(failure);
      } else {
        recorder.notApplied(failure);
      }
    } catch (RuntimeException e) {
      // The write's own answer must reach its caller even when recording it failed.
      LOG.warnf(
          "recording how a write to %s ended failed: %s",
          failure == null ? "a provider" : failure.provider(), e.toString());
    }
  }

  /**
   * A read that belongs to a write: a dry run (which changes nothing) or reading back what a write
   * changed. Safe to repeat, so retried like any read.
   */
  public <T> T read(Provider provider, Supplier<T> call) {
    requireEnabled(provider);
    return calls.one(provider, call, limits.deadline());
  }

  /**
   * A write the provider can also answer as a dry run, then read back. A dry run is a safe call and
   * may be retried; a real write is sent once, inside {@code around} (which drops what it may
   * change from the caches). After an applied write the change stands even when reading it back
   * fails: the answer then carries that failure, while a failed dry run simply fails.
   *
   * @param preview the provider's dry run; changes nothing
   * @param readBack what was written to, as it is now; empty when the provider no longer has it
   * @return empty when the provider does not have what was to be written (or, after a dry run, does
   *     not have it to read back)
   * @throws com.commercegraph.failure.ProviderException when the provider failed before the write
   *     was known to be applied
   */
  public <V> Optional<Change<V>> withDryRun(
      Provider provider,
      boolean dryRun,
      Supplier<String> preview,
      Runnable write,
      UnaryOperator<Supplier<Boolean>> around,
      Supplier<Optional<V>> readBack) {
    String diff;
    try {
      if (dryRun) {
        diff = read(provider, preview);
      } else {
        send(
            provider,
            around.apply(
                () -> {
                  write.run();
                  return Boolean.TRUE;
                }));
        diff = null;
      }
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
    try {
      Optional<V> value = read(provider, readBack);
      return value.isEmpty() && dryRun
          ? Optional.empty()
          : Optional.of(new Change<>(value.orElse(null), diff, null));
    } catch (ProviderException e) {
      if (dryRun) {
        throw e;
      }
      return Optional.of(new Change<>(null, diff, e));
    }
  }

  private void requireEnabled(Provider provider) {
    if (!registry.enabled(provider)) {
      throw ProviderDisabledException.of(provider);
    }
  }
}
