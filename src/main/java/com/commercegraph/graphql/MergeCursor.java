package com.commercegraph.graphql;

import com.commercegraph.merge.MergePosition;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * The opaque cursor of a list merged across providers: each provider's position, plus a fingerprint
 * of the question (the list and its filter) it was made for, so that a cursor is never applied to a
 * different question.
 */
final class MergeCursor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MergeCursor() {}

  record Content(String question, Map<Provider, MergePosition.At> at) {}

  /**
   * @param question a canonical text of the list and its filter
   */
  static String encode(String question, MergePosition position) {
    try {
      byte[] json =
          JSON.writeValueAsBytes(new Content(fingerprint(question), position.providers()));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cursor", e);
    }
  }

  /** The position, or a BAD_USER_INPUT error for a cursor that is not one of this question's. */
  static MergePosition decode(String question, String cursor) {
    if (cursor == null) {
      return MergePosition.start();
    }
    Content content;
    try {
      content = JSON.readValue(Base64.getUrlDecoder().decode(cursor), Content.class);
    } catch (Exception e) {
      throw ApiError.badUserInput("after", "after is not a cursor of this list");
    }
    if (content.at() == null || !fingerprint(question).equals(content.question())) {
      throw ApiError.badUserInput(
          "after", "after belongs to a different list or filter; start again without it");
    }
    return new MergePosition(content.at());
  }

  private static String fingerprint(String question) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(question.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
