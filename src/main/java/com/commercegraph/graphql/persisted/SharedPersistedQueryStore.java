package com.commercegraph.graphql.persisted;

import com.commercegraph.store.SharedStore;
import com.commercegraph.store.StoreUnavailableException;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Persisted queries in the gateway's shared store (Redis), seen by every instance: one key per
 * hash, kept {@code ttl} after it was registered, so Redis holds only what clients sent lately. A
 * store that does not answer in time never fails a request: a lookup is a miss (the client sends
 * the document again), a registration is skipped.
 */
final class SharedPersistedQueryStore implements PersistedQueryStore {

  private static final Logger LOG = Logger.getLogger(SharedPersistedQueryStore.class);
  static final String KEY_PREFIX = "commerce-graph:apq:";

  private final SharedStore store;
  private final Duration ttl;

  SharedPersistedQueryStore(SharedStore store, Duration ttl) {
    this.store = store;
    this.ttl = ttl;
  }

  @Override
  public Optional<String> find(String hash) {
    try {
      return store.get(KEY_PREFIX + hash);
    } catch (StoreUnavailableException e) {
      LOG.warnf("Persisted query lookup failed (%s); treated as not found", e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void save(String hash, String document) {
    try {
      store.putIfAbsent(KEY_PREFIX + hash, document, ttl);
    } catch (StoreUnavailableException e) {
      LOG.warnf("Persisted query not saved (%s); the client will send it again", e.getMessage());
    }
  }
}
