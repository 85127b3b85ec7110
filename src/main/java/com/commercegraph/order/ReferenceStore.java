package com.commercegraph.order;

import com.commercegraph.registry.Provider;
import com.commercegraph.store.SharedStore;
import com.commercegraph.store.StoreUnavailableException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Which order each client reference made, per provider, so that one reference gives one order
 * however often and however concurrently it is sent, on however many gateway instances share the
 * store ({@link SharedStore}: Redis, or memory for one instance).
 *
 * <p>What callers rely on: a send is claimed atomically before anything goes out (insert if absent,
 * PENDING), so of several requests with one reference exactly one sends; its outcome is recorded
 * only by the send that holds the claim (compare and set), also when it arrives after the request
 * stopped waiting; a PENDING record older than {@code commerce.idempotency.pending-timeout} reads
 * as UNKNOWN (its sender is gone); records expire {@code commerce.idempotency.retention} after
 * their last change. When the store cannot be asked, {@link ReferenceStoreUnavailableException}.
 */
@ApplicationScoped
public class ReferenceStore {

  private static final String PREFIX = "commerce:write-reference:";
  private static final long FIRST_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
  private static final long LONGEST_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private final SharedStore store;
  private final IdempotencyConfig config;
  private final ObjectMapper json;
  private final Clock clock;

  ReferenceStore(SharedStore store, IdempotencyConfig config, ObjectMapper json) {
    this.store = store;
    this.config = config;
    this.json = json;
    this.clock = Clock.systemUTC();
  }

  /**
   * The outcome of a claim: this request holds the reference, or someone else's record is there.
   */
  public record Claim(String id, ReferenceRecord existing) {

    public boolean won() {
      return existing == null;
    }
  }

  /** Claims the reference for a first send: won, or the record already there. */
  public Claim claim(Provider provider, String reference) {
    ReferenceRecord pending = pending();
    String key = key(provider, reference);
    try {
      if (store.putIfAbsent(key, write(pending), config.retention())) {
        return new Claim(pending.claim(), null);
      }
      Optional<ReferenceRecord> there = store.get(key).map(this::read);
      // Expired between the two calls: claim again.
      return there
          .map(record -> new Claim(null, record))
          .orElseGet(() -> claim(provider, reference));
    } catch (StoreUnavailableException e) {
      throw new ReferenceStoreUnavailableException(e);
    }
  }

  /**
   * Takes the reference over from a record that no longer holds it (NOT_APPLIED, or UNKNOWN settled
   * as safe to send again), for a new send.
   *
   * @return the new claim, or empty when someone else changed the record first
   */
  public Optional<Claim> takeOver(Provider provider, String reference, ReferenceRecord current) {
    ReferenceRecord pending = pending();
    return replace(provider, reference, current, pending)
        ? Optional.of(new Claim(pending.claim(), null))
        : Optional.empty();
  }

  /** The record, if the reference is known; a PENDING past its time reads as UNKNOWN. */
  public Optional<ReferenceRecord> find(Provider provider, String reference) {
    try {
      return store.get(key(provider, reference)).map(this::read).map(this::effective);
    } catch (StoreUnavailableException e) {
      throw new ReferenceStoreUnavailableException(e);
    }
  }

  /**
   * Waits until the reference's record is no longer PENDING, or until {@code deadlineNanos} ({@link
   * System#nanoTime()}).
   *
   * @return the record as it is then
   */
  public Optional<ReferenceRecord> awaitSettled(
      Provider provider, String reference, long deadlineNanos) {
    long pause = FIRST_POLL_NANOS;
    while (true) {
      Optional<ReferenceRecord> record = find(provider, reference);
      long left = deadlineNanos - System.nanoTime();
      if (record.isEmpty() || record.get().state() != WriteState.PENDING || left <= 0) {
        return record;
      }
      LockSupport.parkNanos(Math.min(pause, left));
      pause = Math.min(pause * 2, LONGEST_POLL_NANOS);
    }
  }

  /**
   * Records how the claimed send ended, unless the record moved on meanwhile (an operator resolved
   * it): CREATED with the provider's id, NOT_APPLIED or UNKNOWN.
   *
   * @return true when recorded
   */
  public boolean record(
      Provider provider, String reference, String claim, WriteState state, String providerId) {
    String key = key(provider, reference);
    try {
      Optional<String> current = store.get(key);
      if (current.isEmpty()) {
        return store.putIfAbsent(key, write(settled(state, providerId, claim)), config.retention());
      }
      ReferenceRecord record = read(current.get());
      if (!claim.equals(record.claim())
          || (record.state() != WriteState.PENDING && record.state() != WriteState.UNKNOWN)) {
        return false;
      }
      return store.replace(
          key, current.get(), write(settled(state, providerId, claim)), config.retention());
    } catch (StoreUnavailableException e) {
      throw new ReferenceStoreUnavailableException(e);
    }
  }

  /**
   * Replaces {@code current} (as {@link #find} gave it) with a settled state, e.g. after a look-up
   * found the order or an operator said what happened.
   *
   * @return false when the record changed since {@code current} was read
   */
  public boolean settle(
      Provider provider,
      String reference,
      ReferenceRecord current,
      WriteState state,
      String providerId) {
    return replace(provider, reference, current, settled(state, providerId, current.claim()));
  }

  /** True when the record's state has been what it is for at least {@code age}. */
  public boolean olderThan(ReferenceRecord record, Duration age) {
    return !record.since().plus(age).isAfter(clock.instant());
  }

  private boolean replace(
      Provider provider, String reference, ReferenceRecord current, ReferenceRecord next) {
    String key = key(provider, reference);
    try {
      Optional<String> stored = store.get(key);
      if (stored.isEmpty()) {
        return false;
      }
      // current may be the effective view of an abandoned PENDING: compare with what is stored.
      ReferenceRecord storedRecord = read(stored.get());
      if (!effective(storedRecord).equals(current)) {
        return false;
      }
      return store.replace(key, stored.get(), write(next), config.retention());
    } catch (StoreUnavailableException e) {
      throw new ReferenceStoreUnavailableException(e);
    }
  }

  private ReferenceRecord effective(ReferenceRecord record) {
    if (record.state() == WriteState.PENDING && olderThan(record, config.pendingTimeout())) {
      return new ReferenceRecord(
          WriteState.UNKNOWN, null, record.claim(), record.since().plus(config.pendingTimeout()));
    }
    return record;
  }

  private ReferenceRecord pending() {
    return new ReferenceRecord(
        WriteState.PENDING, null, UUID.randomUUID().toString(), clock.instant());
  }

  private ReferenceRecord settled(WriteState state, String providerId, String claim) {
    return new ReferenceRecord(
        state, state == WriteState.CREATED ? providerId : null, claim, clock.instant());
  }

  private static String key(Provider provider, String reference) {
    return PREFIX + provider.name() + ":" + reference;
  }

  private String write(ReferenceRecord record) {
    try {
      return json.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a reference record", e);
    }
  }

  private ReferenceRecord read(String value) {
    try {
      return json.readValue(value, ReferenceRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable reference record", e);
    }
  }
}
