package com.commercegraph.resilience;

import com.commercegraph.failure.CircuitOpenException;
import com.commercegraph.failure.GatewayFaultException;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.failure.ProviderUnavailableException;
import com.commercegraph.registry.Provider;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Every call from the gateway's services to a provider goes through here. Each provider has:
 *
 * <ul>
 *   <li>its own threads, a bounded number (a bulkhead): a slow provider holds only its own;
 *   <li>a circuit breaker: after repeated failures the provider is not called for a while and its
 *       part is answered at once with PROVIDER_UNAVAILABLE, then probes close it again;
 *   <li>retries for safe calls only (reads, and the writes a provider makes idempotent), with
 *       exponential backoff and jitter, honouring a provider's Retry-After, bounded by attempts, by
 *       time and by the request's deadline ({@link SafeCallRetries});
 *   <li>coalescing: reads given a key ({@link #reads}) that are identical to one already in flight
 *       wait for that one instead of calling again, so fifty dashboards asking the same page at
 *       once cost the provider one call. The key is the caller's: the provider, the port call and
 *       its arguments, and whatever says the provider may have changed since (a write's
 *       generation), so a read made after a write never receives an answer read before it.
 * </ul>
 *
 * Other writes are sent once, and every write is reported to the {@link ProviderWriteObserver}
 * while it runs, from before it is sent until the provider has answered or given up, even when the
 * caller stopped waiting before that.
 */
@ApplicationScoped
public class ProviderCalls {

  private final Map<Provider, ExecutorService> executors = new EnumMap<>(Provider.class);
  private final Map<Provider, Guard> breakers = new EnumMap<>(Provider.class);
  private final Map<FlightKey, Flight<?>> inFlight = new ConcurrentHashMap<>();
  private final ResilienceConfig config;
  private final ProviderWriteObserver writes;
  private final ProviderMetrics metrics;
  private final ProviderOutcomes outcomes;

  ProviderCalls(
      ResilienceConfig config,
      ProviderWriteObserver writes,
      ProviderMetrics metrics,
      ProviderOutcomes outcomes) {
    this.config = config;
    this.writes = writes;
    this.metrics = metrics;
    this.outcomes = outcomes;
    for (Provider provider : Provider.values()) {
      ResilienceConfig.Settings settings = config.of(provider);
      int threads = settings.concurrentCalls();
      executors.put(
          provider,
          new ThreadPoolExecutor(
              threads,
              threads,
              60,
              TimeUnit.SECONDS,
              // Callers beyond this many waiting are refused at once rather than queued forever.
              new ArrayBlockingQueue<>(threads * 4),
              threadsNamedFor(provider)));
      breakers.put(provider, breaker(provider, settings));
    }
  }

  private static Guard breaker(Provider provider, ResilienceConfig.Settings settings) {
    return Guard.create()
        .withDescription("provider " + provider)
        .withCircuitBreaker()
        .name(breakerName(provider))
        .requestVolumeThreshold(settings.breakerVolume())
        .failureRatio(settings.breakerFailureRatio())
        .delay(settings.breakerDelay().toMillis(), ChronoUnit.MILLIS)
        .successThreshold(settings.breakerSuccesses())
        // Only the provider being down counts: a 404, a refused input or our own rate limit
        // says nothing about its health.
        .when(ProviderCalls::countsAgainstProvider)
        .done()
        .build();
  }

  private static boolean countsAgainstProvider(Throwable error) {
    return error instanceof ProviderUnavailableException
        || error instanceof ProviderTimeoutException
        || error instanceof ProviderBadResponseException;
  }

  static String breakerName(Provider provider) {
    return "provider-" + provider.name().toLowerCase(Locale.ROOT);
  }

  /** Open while the provider's calls are answered at once (not sent); half-open while probing. */
  public CircuitBreakerState breakerState(Provider provider) {
    return CircuitBreakerMaintenance.get().currentState(breakerName(provider));
  }

  /** Gauges of each provider's bulkhead and breaker, and its counters at 0, from the start. */
  void publish(@Observes StartupEvent start) {
    for (Provider provider : Provider.values()) {
      metrics.publishZeroes(provider);
      ThreadPoolExecutor pool = (ThreadPoolExecutor) executors.get(provider);
      metrics.gauge(
          "commerce.provider.bulkhead.active",
          "Calls running on the provider's threads",
          provider,
          pool::getActiveCount);
      metrics.gauge(
          "commerce.provider.bulkhead.queued",
          "Calls waiting for one of the provider's threads",
          provider,
          () -> pool.getQueue().size());
      metrics.gauge(
          "commerce.provider.breaker.state",
          "The provider's circuit breaker: 0 closed, 1 half-open, 2 open",
          provider,
          () ->
              switch (breakerState(provider)) {
                case CLOSED -> 0;
                case HALF_OPEN -> 1;
                case OPEN -> 2;
              });
    }
  }

  private static ThreadFactory threadsNamedFor(Provider provider) {
    AtomicInteger count = new AtomicInteger();
    String prefix = "provider-" + provider.name().toLowerCase(Locale.ROOT) + "-";
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Starts every read at once and waits for all of them, at most {@code deadline}. A call still
   * running then counts as a timeout of its provider.
   */
  public <T> Map<Provider, Outcome<T>> all(Map<Provider, Supplier<T>> calls, Duration deadline) {
    long deadlineNanos = System.nanoTime() + deadline.toNanos();
    Map<Provider, Flight<T>> running = new LinkedHashMap<>();
    calls.forEach(
        (provider, call) ->
            running.put(
                provider,
                new Flight<>(start(provider, () -> read(provider, call, deadlineNanos)))));
    Map<Provider, Outcome<T>> outcomes = new LinkedHashMap<>();
    running.forEach(
        (provider, future) -> outcomes.put(provider, await(provider, future, deadlineNanos)));
    return outcomes;
  }

  /**
   * Starts every read at once, several per provider if need be, and waits for all of them, at most
   * {@code deadline}; outcomes come in the reads' order. A read whose key equals one in flight
   * (started by any caller and not yet answered) shares that call and its outcome; a read without a
   * key is always called.
   */
  public <T> List<Outcome<T>> reads(List<Read<T>> reads, Duration deadline) {
    return reads(reads, deadline, false);
  }

  /**
   * As {@link #reads}, for work no caller waits for (a summary kept up to date): under a rate limit
   * these calls take a turn only while half of the provider's burst is left for the callers that
   * are waiting, and they wait for it as long as {@code deadline} allows.
   */
  public <T> List<Outcome<T>> backgroundReads(List<Read<T>> reads, Duration deadline) {
    return reads(reads, deadline, true);
  }

  private <T> List<Outcome<T>> reads(List<Read<T>> reads, Duration deadline, boolean background) {
    long deadlineNanos = System.nanoTime() + deadline.toNanos();
    List<Flight<T>> flights = new ArrayList<>();
    for (Read<T> read : reads) {
      flights.add(join(read, deadlineNanos, background));
    }
    List<Outcome<T>> outcomes = new ArrayList<>();
    for (int i = 0; i < flights.size(); i++) {
      outcomes.add(await(reads.get(i).provider(), flights.get(i), deadlineNanos));
    }
    return outcomes;
  }

  @SuppressWarnings("unchecked")
  private <T> Flight<T> join(Read<T> read, long deadlineNanos, boolean background) {
    Provider provider = read.provider();
    Supplier<CompletableFuture<T>> starter =
        () ->
            start(
                provider,
                () -> {
                  if (background) {
                    GateTurns.background(deadlineNanos);
                  }
                  try {
                    return read(provider, read.call(), deadlineNanos);
                  } finally {
                    GateTurns.foreground();
                  }
                });
    if (read.key() == null) {
      return new Flight<>(starter.get());
    }
    FlightKey key = new FlightKey(provider, read.key());
    Flight<?> flight =
        inFlight.compute(
            key,
            (k, running) -> {
              if (running != null && running.joinIfRunning()) {
                metrics.coalesced(provider);
                return running;
              }
              return new Flight<>(starter.get());
            });
    // A finished call leaves the table, so the next read calls afresh; the table never grows
    // past the calls running.
    flight.future.whenComplete((value, error) -> inFlight.remove(key, flight));
    return (Flight<T>) flight;
  }

  /**
   * One read on that provider's threads, waiting at most {@code deadline}.
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
   * A write on the provider's threads, sent once. Past the deadline the gateway stops waiting, but
   * the request may still reach the provider, so that timeout is outcome-unknown; the write is not
   * interrupted, to let it finish rather than leave it half-sent.
   *
   * @throws ProviderException when the write failed, or with {@link
   *     ProviderException#outcomeUnknown()} when no answer came in time
   */
  public <T> T write(Provider provider, Supplier<T> call, Duration deadline) {
    return write(provider, call, false, deadline, (value, failure) -> {});
  }

  /**
   * A write as {@link #write} that also tells {@code ended} how it ended, whenever it ends: its
   * value, or its failure as it would have been thrown. A write that ends within the deadline has
   * told {@code ended} before this returns; one that ends later tells it then, on the provider's
   * thread, so that a late answer is not lost. {@code ended} must not throw.
   *
   * @param idempotent true for a write the provider itself makes idempotent (VeePe's create, by
   *     merchantOrderReference): the same request sent again gives the same result, never a second
   *     order, so it is retried like a read; the call must send the very same request each time
   */
  public <T> T write(
      Provider provider,
      Supplier<T> call,
      boolean idempotent,
      Duration deadline,
      BiConsumer<T, ProviderException> ended) {
    long deadlineNanos = System.nanoTime() + deadline.toNanos();
    CompletableFuture<T> running =
        idempotent
            ? start(provider, observed(provider, () -> read(provider, call, deadlineNanos)))
            : start(provider, observed(provider, () -> guarded(provider, call)));
    CompletableFuture<T> told =
        running.whenComplete(
            (value, error) ->
                ended.accept(value, error == null ? null : writeFailure(provider, error)));
    try {
      return told.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw noted(
          new ProviderTimeoutException(new ProviderFailure(provider, null, null, null, true), e));
    } catch (ExecutionException e) {
      throw writeFailure(provider, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProviderErrors.forTransport(provider, e, true);
    }
  }

  /** The write, reported to the observer from before it is sent until it has ended. */
  private <T> Supplier<T> observed(Provider provider, Supplier<T> write) {
    return () -> {
      writes.begin(provider);
      try {
        return write.get();
      } finally {
        writes.end(provider);
      }
    };
  }

  private ProviderException writeFailure(Provider provider, Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return noted(ProviderErrors.forTransport(provider, cause, true));
  }

  /** A failed call, noted for the provider's health (the gate notes those of its requests). */
  private ProviderException noted(ProviderException failure) {
    outcomes.failed(failure);
    return failure;
  }

  private <T> CompletableFuture<T> start(Provider provider, Supplier<T> task) {
    try {
      return CompletableFuture.supplyAsync(CallerContext.carried(task), executors.get(provider));
    } catch (RejectedExecutionException e) {
      metrics.bulkheadRefused(provider);
      return CompletableFuture.failedFuture(
          new ProviderUnavailableException(
              new ProviderFailure(
                  provider, null, null, "too many calls to " + provider + " waiting", false),
              e));
    }
  }

  private <T> T read(Provider provider, Supplier<T> call, long deadlineNanos) {
    return SafeCallRetries.run(
        config.of(provider),
        () -> guarded(provider, call),
        deadlineNanos,
        failure -> metrics.retried(provider, failure.code()));
  }

  @SuppressWarnings("unchecked")
  private <T> T guarded(Provider provider, Supplier<T> call) {
    try {
      Supplier<Object> untyped = call::get;
      return (T) breakers.get(provider).get(untyped, Object.class);
    } catch (CircuitBreakerOpenException e) {
      throw new CircuitOpenException(provider, e);
    }
  }

  private <T> Outcome<T> await(Provider provider, Flight<T> flight, long deadlineNanos) {
    try {
      long left = Math.max(0, deadlineNanos - System.nanoTime());
      return Outcome.success(flight.future.get(left, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      flight.leave();
      return Outcome.failure(
          noted(
              new ProviderTimeoutException(
                  new ProviderFailure(provider, null, null, null, false), e)));
    } catch (ExecutionException e) {
      return Outcome.failure(readFailure(provider, e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failure(ProviderErrors.forTransport(provider, e, false));
    }
  }

  /**
   * A read's failure as its caller sees it. The provider's client turns everything that goes wrong
   * on the wire into a {@link ProviderException} ({@link ProviderGate#send}), so anything else was
   * thrown by the gateway's own code on the way (a mapper, a port): that is the gateway's fault,
   * not the provider's, and must not look like a provider that is down.
   */
  private ProviderException readFailure(Provider provider, Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    // The gateway's own fault says nothing of the provider's health: it is not noted against it.
    return cause instanceof ProviderException known
        ? noted(known)
        : GatewayFaultException.of(provider, cause);
  }

  @PreDestroy
  void stop() {
    executors.values().forEach(ExecutorService::shutdownNow);
  }

  /**
   * A read for {@link #reads}.
   *
   * @param key equal keys are the same read: the provider's answer to one serves all; null for a
   *     read that is never shared
   */
  public record Read<T>(Provider provider, Object key, Supplier<T> call) {}

  private record FlightKey(Provider provider, Object key) {}

  /**
   * A call and the callers waiting for it. When the last of them stops waiting the call is
   * cancelled, so one still queued for the provider's threads is never made.
   */
  private static final class Flight<T> {
    private final CompletableFuture<T> future;
    private int waiting = 1;

    Flight(CompletableFuture<T> future) {
      this.future = future;
    }

    synchronized boolean joinIfRunning() {
      if (future.isDone() || waiting == 0) {
        return false;
      }
      waiting++;
      return true;
    }

    void leave() {
      boolean last;
      synchronized (this) {
        last = --waiting == 0;
      }
      if (last) {
        future.cancel(true);
      }
    }
  }

  /** A provider call's value, or the reason it has none. */
  public record Outcome<T>(T value, ProviderException failure) {

    public static <T> Outcome<T> success(T value) {
      return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> failure(ProviderException failure) {
      return new Outcome<>(null, failure);
    }

    public boolean failed() {
      return failure != null;
    }
  }
}
