package com.commercegraph.graphql.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The id Apollo's clients and persisted-query tooling give a document: SHA-256, lower-case hex. */
public final class DocumentHash {

  private DocumentHash() {}

  public static String of(String document) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(document.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static boolean looksLikeOne(String id) {
    return id.length() == 64 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }
}
