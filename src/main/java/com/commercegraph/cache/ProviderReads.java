package com.commercegraph.cache;

import com.commercegraph.cache.ReadVersions.Version;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.ProviderCalls.Outcome;
import io.quarkus.arc.Arc;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Provider reads that are kept for a short while and shared while in flight: order pages and orders
 * by id, catalogue pages and stock list pages. A read is answered from what was kept for its key
 * when that is younger than its kind's time to live and nothing changed at the provider since
 * ({@link ReadVersions}: a write there, or an invalidation); otherwise it goes to the provider
 * through {@link ProviderCalls#reads}, where identical reads in flight share one call, and its
 * answer is kept unless the provider changed meanwhile. Failures are never kept.
 *
 * <p>A client that sends {@code Cache-Control: no-cache} gets data read for it (it still shares a
 * read that is in flight: that one is answered after the client asked). Every read notes in the
 * request's {@link AnswerFreshness} how old its data is and when it expires.
 */
@ApplicationScoped
public class ProviderReads {

  public static final String ORDER_READS = "order-reads";
  public static final String PRODUCT_PAGES = "product-pages";
  public static final String STOCK_PAGES = "stock-pages";

  private final ProviderCalls calls;
  private final ReadVersions versions;
  private final Instance<AnswerFreshness> freshness;
  private final Map<ReadKind, Kept> caches = new EnumMap<>(ReadKind.class);

  ProviderReads(
      ProviderCalls calls,
      ReadVersions versions,
      CacheSettings settings,
      Instance<AnswerFreshness> freshness,
      @CacheName(ORDER_READS) Cache orders,
      @CacheName(PRODUCT_PAGES) Cache products,
      @CacheName(STOCK_PAGES) Cache stock) {
    this.calls = calls;
    this.versions = versions;
    this.freshness = freshness;
    caches.put(ReadKind.ORDERS, new Kept(orders, settings.orderListTtl()));
    caches.put(ReadKind.PRODUCT_LISTS, new Kept(products, settings.productListTtl()));
    caches.put(ReadKind.STOCK_LISTS, new Kept(stock, settings.stockListTtl()));
  }

  /** A read and its key; the call must be the one the key names. */
  public record Read<T>(ReadKey key, Supplier<T> call) {}

  /**
   * Every read, from what is kept or from the provider, all at once; outcomes in the reads' order.
   * No read waits longer than {@code deadline}.
   */
  public <T> List<Outcome<T>> read(List<Read<T>> reads, Duration deadline) {
    AnswerFreshness answer = currentAnswer();
    boolean fresh = answer != null && answer.noCache();
    Instant now = Instant.now();
    List<Outcome<T>> outcomes = new ArrayList<>(reads.size());
    List<Integer> missing = new ArrayList<>();
    List<ProviderCalls.Read<T>> calling = new ArrayList<>();
    for (int i = 0; i < reads.size(); i++) {
      Read<T> read = reads.get(i);
      ReadKey key = read.key();
      Kept kept = caches.get(key.kind());
      Entry entry = kept == null || fresh ? null : kept.valid(key, now, versions);
      if (entry != null) {
        @SuppressWarnings("unchecked")
        T value = (T) entry.value();
        outcomes.add(Outcome.success(value));
        note(answer, entry.readAt(), entry.readAt().plus(kept.ttl()));
        continue;
      }
      outcomes.add(null);
      Version version = versions.current(key.provider(), key.kind());
      missing.add(i);
      calling.add(
          new ProviderCalls.Read<>(
              key.provider(),
              new InFlight(key, version),
              kept(key, version, now, fresh, read.call())));
    }
    if (calling.isEmpty()) {
      return outcomes;
    }
    List<Outcome<T>> called = calls.reads(calling, deadline);
    for (int j = 0; j < called.size(); j++) {
      int i = missing.get(j);
      Outcome<T> outcome = called.get(j);
      outcomes.set(i, outcome);
      Kept kept = caches.get(reads.get(i).key().kind());
      if (!outcome.failed()) {
        boolean keeps = kept != null && !kept.ttl().isZero();
        note(answer, now, keeps ? now.plus(kept.ttl()) : null);
        if (!keeps && answer != null) {
          answer.usedUntracked();
        }
      }
    }
    return outcomes;
  }

  /**
   * The call, keeping its answer before the call counts as done, so that a read coming after the
   * shared call ended finds the answer kept rather than calling again. It looks once more just
   * before calling: a caller may have missed the kept answer an instant before another call put it
   * there, and reached the calls in flight an instant after that call left them.
   */
  @SuppressWarnings("unchecked")
  private <T> Supplier<T> kept(
      ReadKey key, Version version, Instant readAt, boolean fresh, Supplier<T> call) {
    Kept kept = caches.get(key.kind());
    if (kept == null || kept.ttl().isZero()) {
      return call;
    }
    return () -> {
      Entry meanwhile = kept.valid(key, Instant.now(), versions);
      // A client that asked for fresh data takes only what was read after it asked.
      if (meanwhile != null && (!fresh || !meanwhile.readAt().isBefore(readAt))) {
        return (T) meanwhile.value();
      }
      T value = call.get();
      kept.put(key, new Entry(value, readAt, version), versions);
      return value;
    };
  }

  /**
   * One read, from what is kept or from the provider.
   *
   * @throws com.commercegraph.failure.ProviderException when the provider failed
   */
  public <T> T one(Read<T> read, Duration deadline) {
    Outcome<T> outcome = read(List.of(read), deadline).get(0);
    if (outcome.failed()) {
      throw outcome.failure();
    }
    return outcome.value();
  }

  /**
   * Reads no client waits for (keeping a summary up to date): never from what is kept, shared while
   * in flight, and under a rate limit only while the waiting callers leave room ({@link
   * ProviderCalls#backgroundReads}).
   */
  public <T> List<Outcome<T>> readInBackground(List<Read<T>> reads, Duration deadline) {
    return calls.backgroundReads(
        reads.stream()
            .map(
                read -> {
                  ReadKey key = read.key();
                  Version version = versions.current(key.provider(), key.kind());
                  return new ProviderCalls.Read<>(
                      key.provider(), new InFlight(key, version), read.call());
                })
            .toList(),
        deadline);
  }

  /** True when the client of the current request asked for data read now. */
  public boolean freshWanted() {
    AnswerFreshness answer = currentAnswer();
    return answer != null && answer.noCache();
  }

  /** The current request's answer uses data read at {@code readAt}, served until {@code until}. */
  public void noteUsed(Instant readAt, Instant until) {
    note(currentAnswer(), readAt, until);
  }

  /** The current request's answer uses provider data kept elsewhere (the by-id caches). */
  public void noteUntracked() {
    AnswerFreshness answer = currentAnswer();
    if (answer != null) {
      answer.usedUntracked();
    }
  }

  private static void note(AnswerFreshness answer, Instant readAt, Instant expiresAt) {
    if (answer != null) {
      answer.used(readAt, expiresAt);
    }
  }

  /** The request's record, or null outside a request (a background refresh). */
  private AnswerFreshness currentAnswer() {
    return Arc.container().requestContext().isActive() ? freshness.get() : null;
  }

  /** The key a read in flight is shared by: the read and where its provider stood when it began. */
  private record InFlight(ReadKey key, Version version) {}

  private record Entry(Object value, Instant readAt, Version version) {}

  /** One kind's Quarkus cache and time to live. */
  private record Kept(Cache cache, Duration ttl) {

    Entry valid(ReadKey key, Instant now, ReadVersions versions) {
      if (ttl.isZero()) {
        return null;
      }
      CompletableFuture<Entry> found = cache.as(CaffeineCache.class).getIfPresent(key);
      Entry entry = found == null ? null : found.join();
      if (entry == null
          || !entry.readAt().plus(ttl).isAfter(now)
          || !versions.unchanged(key.provider(), key.kind(), entry.version())) {
        return null;
      }
      return entry;
    }

    void put(ReadKey key, Entry entry, ReadVersions versions) {
      if (!versions.unchanged(key.provider(), key.kind(), entry.version())) {
        return;
      }
      CaffeineCache caffeine = cache.as(CaffeineCache.class);
      caffeine.put(key, CompletableFuture.completedFuture(entry));
      // A write that began between the check and the put: the entry fails its version check when
      // read, so it is never served; drop it now rather than let it take room.
      if (!versions.unchanged(key.provider(), key.kind(), entry.version())) {
        caffeine.invalidate(key).await().indefinitely();
      }
    }
  }
}
