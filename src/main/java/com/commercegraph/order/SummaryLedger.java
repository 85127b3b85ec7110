package com.commercegraph.order;

import com.commercegraph.cache.ReadKind;
import com.commercegraph.cache.ReadVersions;
import com.commercegraph.cache.ReadVersions.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * One provider's orders as an order summary needs them (creation time, status, total), from the
 * oldest window start asked for lately up to when they were read: any window inside is summed from
 * here, without calling the provider. It is read again in the background when it is older than the
 * summary TTL, while it is still served, with its age; past the summary's longest age, or once the
 * provider changed (a write through the gateway, an invalidation), a request waits for the new
 * read, up to its deadline, and is otherwise served what was read before, with its age. One read
 * runs at a time per provider; requests that need it share it.
 */
final class SummaryLedger {

  /** What was read, and as of when. */
  record Snapshot(
      List<CountedOrder> orders, OffsetDateTime coveredFrom, Instant readAt, Version version) {

    boolean covers(OffsetDateTime from) {
      return coveredFrom == null || (from != null && !from.isBefore(coveredFrom));
    }
  }

  /** How the ledger reads its provider: the window start to read from, in the background. */
  interface Reader {
    List<CountedOrder> read(OrderListing listing, OffsetDateTime from);
  }

  private final OrderListing listing;
  private final ReadVersions versions;
  private final Reader reader;
  private final Executor executor;
  private final Duration ttl;
  private final Duration maxAge;
  private final Clock clock;
  private final Map<Long, Instant> asked = new ConcurrentHashMap<>();
  private volatile Snapshot snapshot;
  private Refresh running;

  private record Refresh(OffsetDateTime from, CompletableFuture<Snapshot> done) {}

  SummaryLedger(
      OrderListing listing,
      ReadVersions versions,
      Reader reader,
      Executor executor,
      Duration ttl,
      Duration maxAge,
      Clock clock) {
    this.listing = listing;
    this.versions = versions;
    this.reader = reader;
    this.executor = executor;
    this.ttl = ttl;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /**
   * The snapshot to sum a window from {@code from} with: at once when one covers it and may be
   * served, else when the read it needs is done.
   *
   * @param fresh the client asked for data read now: a read starts whatever is kept
   */
  CompletableFuture<Snapshot> answer(OffsetDateTime from, boolean fresh) {
    Instant now = clock.instant();
    remember(from, now);
    Snapshot kept = snapshot;
    boolean usable =
        kept != null
            && kept.covers(from)
            && versions.unchanged(listing.provider(), ReadKind.ORDER_SUMMARY, kept.version());
    if (usable && !fresh && ageOf(kept, now).compareTo(ttl) < 0) {
      return CompletableFuture.completedFuture(kept);
    }
    CompletableFuture<Snapshot> reading = refresh(from);
    if (usable && !fresh && ageOf(kept, now).compareTo(maxAge) < 0) {
      return CompletableFuture.completedFuture(kept);
    }
    return reading;
  }

  /**
   * What may still be served when the read a request waited for is not done or failed: the last
   * snapshot, when it covers the window and is younger than the longest age.
   */
  Snapshot fallback(OffsetDateTime from) {
    Snapshot kept = snapshot;
    if (kept != null && kept.covers(from) && ageOf(kept, clock.instant()).compareTo(maxAge) < 0) {
      return kept;
    }
    return null;
  }

  private synchronized CompletableFuture<Snapshot> refresh(OffsetDateTime from) {
    if (running != null && !running.done().isDone() && covers(running.from(), from)) {
      return running.done();
    }
    OffsetDateTime reach = widest(from);
    Version version = versions.current(listing.provider(), ReadKind.ORDER_SUMMARY);
    Instant readAt = clock.instant();
    CompletableFuture<Snapshot> done =
        CompletableFuture.supplyAsync(
            () -> keep(new Snapshot(reader.read(listing, reach), reach, readAt, version)),
            executor);
    running = new Refresh(reach, done);
    return done;
  }

  private synchronized Snapshot keep(Snapshot read) {
    if (snapshot == null || !read.readAt().isBefore(snapshot.readAt())) {
      snapshot = read;
    }
    return read;
  }

  /**
   * The oldest start asked for within the longest age (null: the whole list), so a dashboard that
   * once asked for a long window does not keep the provider reading it forever.
   */
  private OffsetDateTime widest(OffsetDateTime from) {
    Instant cutoff = clock.instant().minus(maxAge);
    asked.values().removeIf(at -> at.isBefore(cutoff));
    Set<Long> starts = asked.keySet();
    if (from == null || starts.contains(Long.MIN_VALUE)) {
      return null;
    }
    long oldest = starts.stream().mapToLong(Long::longValue).min().orElse(from.toEpochSecond());
    OffsetDateTime earliest =
        OffsetDateTime.ofInstant(
            Instant.ofEpochSecond(Math.min(oldest, from.toEpochSecond())), from.getOffset());
    return earliest.isBefore(from) ? earliest : from;
  }

  private void remember(OffsetDateTime from, Instant now) {
    asked.put(from == null ? Long.MIN_VALUE : from.toEpochSecond(), now);
  }

  private static boolean covers(OffsetDateTime reach, OffsetDateTime from) {
    return reach == null || (from != null && !from.isBefore(reach));
  }

  private static Duration ageOf(Snapshot snapshot, Instant now) {
    return Duration.between(snapshot.readAt(), now);
  }

  /** Used by the service to note the age of what it served. */
  Duration ttl() {
    return ttl;
  }
}
