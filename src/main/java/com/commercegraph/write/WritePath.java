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

/**
 * The way every write reaches a provider: only an enabled one, on its own threads behind its
 * breaker ({@link ProviderCalls}), within the request's deadline, and sent once unless the provider
 * itself makes the write idempotent.
 */
@ApplicationScoped
public class WritePath {

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
   * Sends a write the provider answers the same way however often it is sent (VeePe's create, by
   * merchantOrderReference), so it is retried like a read; the call sends the same request each
   * time.
   */
  public <T> T sendIdempotent(Provider provider, Supplier<T> write) {
    requireEnabled(provider);
    return calls.idempotentWrite(provider, write, limits.deadline());
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
