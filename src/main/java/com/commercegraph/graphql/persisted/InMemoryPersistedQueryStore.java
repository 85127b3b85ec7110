package com.commercegraph.graphql.persisted;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One instance's persisted queries: the least recently used go first once the documents together
 * pass {@code maxBytes}, so a client registering endless distinct documents cannot grow the heap.
 */
final class InMemoryPersistedQueryStore implements PersistedQueryStore {

  private final long maxBytes;
  private final LinkedHashMap<String, String> documents = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  InMemoryPersistedQueryStore(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public synchronized Optional<String> find(String hash) {
    return Optional.ofNullable(documents.get(hash));
  }

  @Override
  public synchronized void save(String hash, String document) {
    long size = size(document);
    if (size > maxBytes) {
      return;
    }
    String previous = documents.put(hash, document);
    bytes += size - (previous == null ? 0 : size(previous));
    Iterator<Map.Entry<String, String>> eldest = documents.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= size(eldest.next().getValue());
      eldest.remove();
    }
  }

  synchronized int size() {
    return documents.size();
  }

  private static long size(String document) {
    return document.getBytes(StandardCharsets.UTF_8).length;
  }
}
