package com.commercegraph.graphql.persisted;

import io.quarkus.runtime.Startup;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The documents a production app shipped with ({@code COMMERCE_TRUSTED_DOCUMENTS}), read once at
 * start-up from either manifest format the common tooling writes:
 *
 * <ul>
 *   <li>Apollo's {@code generate-persisted-query-manifest}: {@code {"format":
 *       "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "body", "name",
 *       "type"}]}};
 *   <li>GraphQL Codegen's client preset ({@code persisted-documents.json}): {@code {"<hash>":
 *       "<document>"}}.
 * </ul>
 *
 * An id of 64 hex digits must be the SHA-256 of its document, as both tools make it; a manifest
 * that is not one of these shapes, or whose ids do not match, stops start-up naming the file, so a
 * broken build step is found at deploy time rather than by refused users. With {@code
 * COMMERCE_TRUSTED_DOCUMENTS_ONLY=true} every other document is refused.
 */
@Startup
@Singleton
public class TrustedDocuments {

  private static final Logger LOG = Logger.getLogger(TrustedDocuments.class);
  static final String VARIABLE = "COMMERCE_TRUSTED_DOCUMENTS";

  private final Map<String, String> byId;
  private final boolean only;

  TrustedDocuments(
      @ConfigProperty(name = "commerce.trusted-documents") Optional<String> manifest,
      @ConfigProperty(name = "commerce.trusted-documents-only", defaultValue = "false")
          boolean only) {
    if (only && manifest.isEmpty()) {
      throw new InvalidTrustedDocumentsException(
          "COMMERCE_TRUSTED_DOCUMENTS_ONLY=true needs " + VARIABLE + " to name a manifest");
    }
    this.byId = manifest.map(TrustedDocuments::read).orElse(Map.of());
    this.only = only;
    manifest.ifPresent(
        file ->
            LOG.infof(
                "Trusted documents: %d from %s%s",
                byId.size(), file, only ? "; every other document is refused" : ""));
  }

  /** The document shipped under this id (its SHA-256 hash, or the manifest's own id). */
  public Optional<String> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether only the manifest's documents may run. */
  public boolean only() {
    return only;
  }

  static Map<String, String> read(String file) {
    String text;
    try {
      text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new InvalidTrustedDocumentsException(
          VARIABLE
              + ": cannot read the manifest "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
    JsonObject json;
    try {
      json = new JsonObject(text);
    } catch (DecodeException e) {
      throw invalid(file, "it is not a JSON object");
    }
    Map<String, String> documents = new HashMap<>();
    if (json.containsKey("operations")) {
      if (!(json.getValue("operations") instanceof JsonArray operations)) {
        throw invalid(file, "\"operations\" is not an array");
      }
      for (int i = 0; i < operations.size(); i++) {
        Object entry = operations.getValue(i);
        if (!(entry instanceof JsonObject operation)
            || !(operation.getValue("id") instanceof String id)
            || !(operation.getValue("body") instanceof String body)) {
          throw invalid(file, "operation " + (i + 1) + " has no string id and body");
        }
        add(documents, id, body, file);
      }
    } else {
      for (Map.Entry<String, Object> entry : json) {
        if (!(entry.getValue() instanceof String body)) {
          throw invalid(file, "the value of " + entry.getKey() + " is not a document");
        }
        add(documents, entry.getKey(), body, file);
      }
    }
    if (documents.isEmpty()) {
      throw invalid(file, "it holds no documents");
    }
    return Map.copyOf(documents);
  }

  private static void add(Map<String, String> documents, String id, String body, String file) {
    if (id.isBlank() || body.isBlank()) {
      throw invalid(file, "an id or a document is empty");
    }
    String key = id.startsWith("sha256:") ? id.substring(7) : id;
    if (DocumentHash.looksLikeOne(key) && !key.equalsIgnoreCase(DocumentHash.of(body))) {
      throw invalid(file, "the id " + key + " is not the SHA-256 of its document");
    }
    documents.put(
        DocumentHash.looksLikeOne(key) ? key.toLowerCase(java.util.Locale.ROOT) : key, body);
    // A client may send the document itself rather than its id: it is trusted by its hash too.
    documents.putIfAbsent(DocumentHash.of(body), body);
  }

  private static InvalidTrustedDocumentsException invalid(String file, String problem) {
    return new InvalidTrustedDocumentsException(
        VARIABLE
            + ": the manifest "
            + file
            + " is not an Apollo persisted-query manifest nor a GraphQL Codegen"
            + " persisted-documents file: "
            + problem);
  }
}
