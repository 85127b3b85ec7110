package com.commercegraph.graphql.persisted;

import java.util.Optional;

/**
 * Documents clients registered by hash (automatic persisted queries): bounded, and shared by every
 * instance of the gateway when Redis is configured. Losing an entry costs one round trip: the
 * client is told {@code PERSISTED_QUERY_NOT_FOUND} and sends the document again.
 */
public interface PersistedQueryStore {

  /** The document registered under this SHA-256 hash; empty when unknown or unreachable. */
  Optional<String> find(String hash);

  /** Registers a document whose hash the caller has checked. */
  void save(String hash, String document);
}
