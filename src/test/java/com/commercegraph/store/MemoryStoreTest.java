package com.commercegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The in-memory store keeps the same promises as Redis: atomic on a key, gone after its TTL. */
class MemoryStoreTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  private final MemoryStore store =
      new MemoryStore(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now.get();
            }
          });

  @Test
  void onlyTheFirstPutOfAKeyStoresAndAReplaceNeedsTheExactCurrentValue() {
    assertThat(store.putIfAbsent("k", "first", Duration.ofMinutes(1))).isTrue();
    assertThat(store.putIfAbsent("k", "second", Duration.ofMinutes(1))).isFalse();
    assertThat(store.replace("k", "second", "third", Duration.ofMinutes(1))).isFalse();
    assertThat(store.get("k")).contains("first");
    assertThat(store.replace("k", "first", "third", Duration.ofMinutes(1))).isTrue();
    assertThat(store.get("k")).contains("third");
    assertThat(store.replace("absent", "x", "y", Duration.ofMinutes(1))).isFalse();
    assertThat(store.get("absent")).isEmpty();
  }

  @Test
  void anEntryIsGoneOnceItsTimeToLiveHasPassedAndItsKeyIsFreeAgain() {
    store.putIfAbsent("k", "v", Duration.ofSeconds(10));
    now.set(now.get().plusSeconds(9));
    assertThat(store.get("k")).contains("v");
    now.set(now.get().plusSeconds(1));
    assertThat(store.get("k")).isEmpty();
    assertThat(store.replace("k", "v", "w", Duration.ofSeconds(10))).isFalse();
    assertThat(store.putIfAbsent("k", "new", Duration.ofSeconds(10))).isTrue();
    assertThat(store.get("k")).contains("new");
  }
}
