package com.commercegraph.graphql;

import com.commercegraph.order.OrderFilter;
import com.commercegraph.provider.MergePosition;
import com.commercegraph.provider.Provider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The opaque cursor of the merged order list: each provider's position, plus a fingerprint of the
 * filter it was made for, so that a cursor is never applied to a different question.
 */
final class OrderCursor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OrderCursor() {}

  record Content(String filter, Map<Provider, MergePosition.At> at) {}

  static String encode(OrderFilter filter, MergePosition position) {
    try {
      byte[] json = JSON.writeValueAsBytes(new Content(fingerprint(filter), position.providers()));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cursor", e);
    }
  }

  /**
   * The position, or a BAD_USER_INPUT error for a cursor that is not one of ours for this filter.
   */
  static MergePosition decode(OrderFilter filter, String cursor) {
    if (cursor == null) {
      return MergePosition.start();
    }
    Content content;
    try {
      content = JSON.readValue(Base64.getUrlDecoder().decode(cursor), Content.class);
    } catch (Exception e) {
      throw ApiError.badUserInput("after is not a cursor of this list");
    }
    if (content.at() == null || !fingerprint(filter).equals(content.filter())) {
      throw ApiError.badUserInput("after belongs to a different filter; start again without it");
    }
    return new MergePosition(content.at());
  }

  private static String fingerprint(OrderFilter filter) {
    String canonical =
        String.join(
            "|",
            filter.providers().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            filter.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            String.valueOf(filter.createdFrom() == null ? null : filter.createdFrom().toInstant()),
            String.valueOf(filter.createdTo() == null ? null : filter.createdTo().toInstant()));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
