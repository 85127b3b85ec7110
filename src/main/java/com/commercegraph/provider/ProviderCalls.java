package com.commercegraph.provider;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs calls to several providers at the same time, each on its provider's own threads, so that a
 * slow provider holds only its own threads and costs only its own part of an answer.
 */
@ApplicationScoped
public class ProviderCalls {

  /** Enough for a page fan-out plus its batched look-ups; a provider beyond it queues. */
  private static final int THREADS_PER_PROVIDER = 16;

  private final Map<Provider, ExecutorService> executors = new EnumMap<>(Provider.class);

  ProviderCalls() {
    for (Provider provider : Provider.values()) {
      executors.put(
          provider, Executors.newFixedThreadPool(THREADS_PER_PROVIDER, threadsNamedFor(provider)));
    }
  }

  private static ThreadFactory threadsNamedFor(Provider provider) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread =
          new Thread(
              task,
              "provider-"
                  + provider.name().toLowerCase(Locale.ROOT)
                  + "-"
                  + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Starts every call at once and waits for all of them, at most {@code deadline}. A call still
   * running then counts as a timeout of its provider.
   */
  public <T> Map<Provider, Outcome<T>> all(Map<Provider, Supplier<T>> calls, Duration deadline) {
    Map<Provider, CompletableFuture<T>> running = new LinkedHashMap<>();
    calls.forEach(
        (provider, call) ->
            running.put(provider, CompletableFuture.supplyAsync(call, executors.get(provider))));
    long deadlineNanos = System.nanoTime() + deadline.toNanos();
    Map<Provider, Outcome<T>> outcomes = new LinkedHashMap<>();
    running.forEach(
        (provider, future) -> outcomes.put(provider, await(provider, future, deadlineNanos)));
    return outcomes;
  }

  /**
   * One provider call on that provider's threads, waiting at most {@code deadline}.
   *
   * @throws ProviderException when the call failed or ran past the deadline
   */
  public <T> T one(Provider provider, Supplier<T> call, Duration deadline) {
    Outcome<T> outcome = all(Map.of(provider, call), deadline).get(provider);
    if (outcome.failed()) {
      throw outcome.failure();
    }
    return outcome.value();
  }

  /**
   * A write on the provider's threads. Past the deadline the gateway stops waiting, but the request
   * may still reach the provider, so that timeout is outcome-unknown; the write is not interrupted,
   * to let it finish rather than leave it half-sent.
   *
   * @throws ProviderException when the write failed, or with {@link
   *     ProviderException#outcomeUnknown()} when no answer came in time
   */
  public <T> T write(Provider provider, Supplier<T> call, Duration deadline) {
    CompletableFuture<T> future = CompletableFuture.supplyAsync(call, executors.get(provider));
    try {
      return future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ProviderTimeoutException(new ProviderFailure(provider, null, null, null, true), e);
    } catch (ExecutionException e) {
      throw ProviderErrors.forTransport(provider, e.getCause(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProviderErrors.forTransport(provider, e, true);
    }
  }

  private static <T> Outcome<T> await(
      Provider provider, CompletableFuture<T> future, long deadlineNanos) {
    try {
      long left = Math.max(0, deadlineNanos - System.nanoTime());
      return Outcome.success(future.get(left, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      future.cancel(true);
      return Outcome.failure(
          new ProviderTimeoutException(new ProviderFailure(provider, null, null, null, false), e));
    } catch (ExecutionException e) {
      return Outcome.failure(ProviderErrors.forTransport(provider, e.getCause(), false));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failure(ProviderErrors.forTransport(provider, e, false));
    }
  }

  @PreDestroy
  void stop() {
    executors.values().forEach(ExecutorService::shutdownNow);
  }

  /** A provider call's value, or the reason it has none. */
  public record Outcome<T>(T value, ProviderException failure) {

    static <T> Outcome<T> success(T value) {
      return new Outcome<>(value, null);
    }

    static <T> Outcome<T> failure(ProviderException failure) {
      return new Outcome<>(null, failure);
    }

    public boolean failed() {
      return failure != null;
    }
  }
}
