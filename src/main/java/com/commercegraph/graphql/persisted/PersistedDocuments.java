package com.commercegraph.graphql.persisted;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Turns what a client sent (a document, a hash, or both) into the document to run, following
 * Apollo's automatic persisted queries: a hash alone is looked up (the trusted manifest first, then
 * the store) and, when unknown, answered {@code PERSISTED_QUERY_NOT_FOUND} so the client sends the
 * document with its hash; a document with a hash is checked against it and registered. In
 * trusted-only mode nothing outside the manifest runs: {@code PERSISTED_QUERY_REQUIRED}, decided
 * before the document is parsed.
 */
@ApplicationScoped
public class PersistedDocuments {

  private final TrustedDocuments trusted;
  private final PersistedQueryStore store;

  PersistedDocuments(TrustedDocuments trusted, PersistedQueryStore store) {
    this.trusted = trusted;
    this.store = store;
  }

  /**
   * @param document the document sent, or null
   * @param id the persisted id or hash sent; not null when there is no document
   */
  public Resolution resolve(String document, String id) {
    if (document == null || document.isBlank()) {
      Optional<String> known = trusted.find(id);
      if (known.isPresent()) {
        return Resolution.run(known.get(), null);
      }
      if (!trusted.only()) {
        Optional<String> registered = store.find(id);
        if (registered.isPresent()) {
          return Resolution.run(registered.get(), null);
        }
      }
      return trusted.only()
          ? Resolution.refused(
              "PERSISTED_QUERY_REQUIRED", "Only the documents this app shipped with may run")
          : Resolution.refused("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
    }
    String hash = DocumentHash.of(document);
    if (id != null && DocumentHash.looksLikeOne(id) && !id.equals(hash)) {
      return Resolution.refused(
          "PERSISTED_QUERY_HASH_MISMATCH", "The sha256Hash is not the hash of the query sent");
    }
    if (trusted.only() && trusted.find(hash).isEmpty()) {
      return Resolution.refused(
          "PERSISTED_QUERY_REQUIRED", "Only the documents this app shipped with may run");
    }
    return Resolution.run(document, id == null ? null : hash);
  }

  /**
   * Keeps a document that was sent with its hash and parsed, for the client's next hash-only call.
   */
  public void register(Resolution resolution) {
    if (resolution.registerAs() != null && trusted.find(resolution.registerAs()).isEmpty()) {
      store.save(resolution.registerAs(), resolution.document());
    }
  }

  /**
   * The document to run, or why not.
   *
   * @param registerAs the hash to register the document under once it parsed, or null
   */
  public record Resolution(String document, String registerAs, String code, String message) {

    static Resolution run(String document, String registerAs) {
      return new Resolution(document, registerAs, null, null);
    }

    static Resolution refused(String code, String message) {
      return new Resolution(null, null, code, message);
    }

    public boolean refused() {
      return code != null;
    }
  }
}
