package com.commercegraph.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Redis every gateway instance shares, when {@code quarkus.redis.hosts} ({@code
 * QUARKUS_REDIS_HOSTS}) is set, and the one way to ask it something that waits for the answer.
 *
 * <p>What callers rely on: {@link #await} answers within {@code commerce.store.timeout} or throws
 * {@link StoreUnavailableException}. After a failure Redis counts as unreachable: for {@code
 * commerce.store.recheck-interval} every call is refused at once, without asking Redis, then one
 * call asks again and the first answer makes it reachable. So a Redis that hangs costs one caller
 * the timeout once per interval, not every caller every time, and a Redis that comes back is used
 * again without a restart (the Redis client connects anew by itself). The switch each way is logged
 * once (WARN when Redis goes, INFO when it is back) and shown by the gauge {@code
 * commerce.shared_state.reachable} (1 or 0) and the readiness check {@code shared-state}.
 */
@ApplicationScoped
public class SharedRedis {

  private static final Logger LOG = Logger.getLogger(SharedRedis.class);

  private final Optional<ReactiveRedisDataSource> redis;
  private final Duration timeout;
  private final long recheckNanos;
  private final AtomicBoolean reachable = new AtomicBoolean(true);
  private final AtomicLong nextTry = new AtomicLong();

  SharedRedis(
      @ConfigProperty(name = "quarkus.redis.hosts") Optional<String> hosts,
      Instance<ReactiveRedisDataSource> redis,
      StoreConfig config,
      MeterRegistry metrics) {
    // The Redis client is only asked for when hosts are set: a gateway without Redis never builds
    // one (nor fails for the lack of one).
    this.redis = hosts.filter(value -> !value.isBlank()).map(value -> redis.get());
    this.timeout = config.timeout();
    this.recheckNanos = config.recheckInterval().toNanos();
    Gauge.builder("commerce.shared_state.reachable", this, shared -> shared.reachable() ? 1 : 0)
        .description("1 while the shared state (Redis, or this process's memory) answers, else 0")
        .register(metrics);
  }

  /**
   * Connects to Redis at start, without holding the start up: the first request's Redis call would
   * otherwise pay for the connection and, on a busy machine, take longer than the timeout.
   */
  void connect(@Observes StartupEvent start) {
    check().subscribe().with(reachable -> {});
  }

  /** True when QUARKUS_REDIS_HOSTS is set: shared state lives in Redis. */
  public boolean configured() {
    return redis.isPresent();
  }

  /** The Redis client; only when {@link #configured()}. */
  public ReactiveRedisDataSource client() {
    return redis.orElseThrow(() -> new IllegalStateException("quarkus.redis.hosts is not set"));
  }

  /** Where shared state lives: "redis" or "memory". */
  public String kind() {
    return configured() ? "redis" : "memory";
  }

  /**
   * Whether the last call to Redis was answered; always true without Redis. It does not ask Redis:
   * see {@link #check()}.
   */
  public boolean reachable() {
    return reachable.get();
  }

  /**
   * Asks Redis (PING) without blocking, unless it is in its pause after a failure; answers {@link
   * #reachable()} then. Without Redis: true.
   */
  public Uni<Boolean> check() {
    if (!configured() || !mayAsk()) {
      return Uni.createFrom().item(reachable());
    }
    return client()
        .execute("PING")
        .ifNoItem()
        .after(timeout)
        .fail()
        .map(
            answer -> {
              answered();
              return true;
            })
        .onFailure()
        .recoverWithItem(
            failure -> {
              wentAway(failure);
              return false;
            });
  }

  /**
   * Sends the command and waits for its answer, on the caller's thread (never the event loop's).
   *
   * @throws StoreUnavailableException when Redis did not answer in time, or is unreachable and not
   *     yet due to be asked again; the command may or may not have been applied
   */
  public <T> T await(Supplier<Uni<T>> command) {
    if (!mayAsk()) {
      throw new StoreUnavailableException(
          "Redis is unreachable; asked again every " + recheckNanos / 1_000_000 + "ms", null);
    }
    T answer;
    try {
      answer = command.get().await().atMost(timeout);
    } catch (RuntimeException e) {
      wentAway(e);
      // The Redis client's own failure texts name only the host and the cause, never a password.
      throw new StoreUnavailableException(
          "Redis did not answer within " + timeout.toMillis() + "ms", e);
    }
    answered();
    return answer;
  }

  /** True while Redis is reachable, and for the one caller that asks again after the pause. */
  private boolean mayAsk() {
    if (reachable.get()) {
      return true;
    }
    long due = nextTry.get();
    return System.nanoTime() - due >= 0 && nextTry.compareAndSet(due, due + recheckNanos);
  }

  private void answered() {
    if (reachable.compareAndSet(false, true)) {
      LOG.info(
          "Redis answers again: shared state, shared provider budgets and polling leases are back"
              + " in use");
    }
  }

  private void wentAway(Throwable cause) {
    nextTry.set(System.nanoTime() + recheckNanos);
    if (reachable.compareAndSet(true, false)) {
      LOG.warnf(
          "Redis is unreachable (%s): reads go on with each instance's share of the provider"
              + " budgets, writes that need a reference are refused, every instance polls;"
              + " Redis is asked again every %dms",
          cause.toString(), recheckNanos / 1_000_000);
    }
  }
}
