package com.commercegraph.graphql.persisted;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-memory store is bounded by the bytes of its documents, least recently used first out. */
class InMemoryPersistedQueryStoreTest {

  @Test
  void theLeastRecentlyUsedDocumentGoesFirstWhenTheBytesRunOut() {
    InMemoryPersistedQueryStore store = new InMemoryPersistedQueryStore(30);
    store.save("a", "0123456789");
    store.save("b", "0123456789");
    store.save("c", "0123456789");
    assertThat(store.find("a")).isPresent();

    store.save("d", "0123456789");

    assertThat(store.find("b")).isEmpty();
    assertThat(store.find("a")).isPresent();
    assertThat(store.find("d")).isPresent();
    assertThat(store.size()).isEqualTo(3);
  }

  @Test
  void aDocumentLargerThanTheWholeStoreIsNotKept() {
    InMemoryPersistedQueryStore store = new InMemoryPersistedQueryStore(5);
    store.save("a", "0123456789");
    assertThat(store.find("a")).isEmpty();
    assertThat(store.size()).isZero();
  }
}
