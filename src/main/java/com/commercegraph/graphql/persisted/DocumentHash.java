package com.commercegraph.graphql.persisted;

import com.commercegraph.security.Sha256;

/** The id Apollo's clients and persisted-query tooling give a document: SHA-256, lower-case hex. */
public final class DocumentHash {

  private DocumentHash() {}

  public static String of(String document) {
    return Sha256.hex(document);
  }

  static boolean looksLikeOne(String id) {
    return id.length() == 64 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }
}
