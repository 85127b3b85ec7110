package com.commercegraph.graphql;

import com.commercegraph.merge.KeysetPosition;
import com.commercegraph.merge.MergePosition;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque cursors of lists merged across providers: each provider's position, plus a fingerprint
 * of the question (the list and its filter) it was made for, signed, so that a cursor is never
 * applied to a different question and a cursor changed by hand is refused ({@code BAD_USER_INPUT})
 * before any provider is asked. The key is {@link CursorSettings#secret()}.
 */
@ApplicationScoped
class MergeCursor {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MAC = "HmacSHA256";
  private static final int SIGNATURE_BYTES = 16;

  private final SecretKeySpec key;
  // A Mac is not thread-safe and costly to look up: one per thread, keyed once.
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  MergeCursor(CursorSettings settings) {
    byte[] secret;
    if (settings.secret().isPresent() && !settings.secret().get().isBlank()) {
      secret = sha256(settings.secret().get().getBytes(StandardCharsets.UTF_8));
    } else {
      secret = new byte[32];
      new SecureRandom().nextBytes(secret);
    }
    this.key = new SecretKeySpec(secret, MAC);
  }

  record Positions(String question, Map<Provider, MergePosition.At> at) {}

  record Keyset(String question, Map<Provider, KeysetPosition.After> after) {}

  /**
   * @param question a canonical text of the list and its filter
   */
  String encode(String question, MergePosition position) {
    return sign(new Positions(fingerprint(question), position.providers()));
  }

  String encode(String question, KeysetPosition position) {
    return sign(new Keyset(fingerprint(question), position.providers()));
  }

  /** The position, or a BAD_USER_INPUT error for a cursor that is not one of this question's. */
  MergePosition decode(String question, String cursor) {
    if (cursor == null) {
      return MergePosition.start();
    }
    Positions content = verified(cursor, Positions.class);
    if (content.at() == null || !fingerprint(question).equals(content.question())) {
      throw otherQuestion();
    }
    return new MergePosition(content.at());
  }

  KeysetPosition decodeKeyset(String question, String cursor) {
    if (cursor == null) {
      return KeysetPosition.start();
    }
    Keyset content = verified(cursor, Keyset.class);
    if (content.after() == null || !fingerprint(question).equals(content.question())) {
      throw otherQuestion();
    }
    return new KeysetPosition(content.after());
  }

  private String sign(Object content) {
    try {
      byte[] json = JSON.writeValueAsBytes(content);
      Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
      return base64.encodeToString(json) + "." + base64.encodeToString(mac(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cursor", e);
    }
  }

  private <T> T verified(String cursor, Class<T> type) {
    int dot = cursor.indexOf('.');
    byte[] json;
    byte[] signature;
    try {
      json = Base64.getUrlDecoder().decode(cursor.substring(0, Math.max(0, dot)));
      signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw notACursor();
    }
    if (dot < 0 || !MessageDigest.isEqual(mac(json), signature)) {
      throw notACursor();
    }
    try {
      return JSON.readValue(json, type);
    } catch (Exception e) {
      throw notACursor();
    }
  }

  private byte[] mac(byte[] content) {
    byte[] full = macs.get().doFinal(content);
    byte[] signature = new byte[SIGNATURE_BYTES];
    System.arraycopy(full, 0, signature, 0, SIGNATURE_BYTES);
    return signature;
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiError notACursor() {
    return ApiError.badUserInput("after", "after is not a cursor of this list");
  }

  private static ApiError otherQuestion() {
    return ApiError.badUserInput(
        "after", "after belongs to a different list or filter; start again without it");
  }

  private static String fingerprint(String question) {
    return HexFormat.of().formatHex(sha256(question.getBytes(StandardCharsets.UTF_8)), 0, 8);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
