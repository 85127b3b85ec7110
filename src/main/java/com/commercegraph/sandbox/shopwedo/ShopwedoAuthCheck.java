package com.commercegraph.sandbox.shopwedo;

import com.commercegraph.sandbox.SandboxClock;
import com.commercegraph.sandbox.SandboxCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks ShopWeDo's auth object (shopwedo-api.txt POST /authTest, NOTES.md): {@code token} is the
 * lowercase hex HMAC-SHA512, keyed with the shop key, of shopid + shopkey + timestamp + salt; the
 * timestamp may be at most 15 minutes old and never in the future; a salt is good for one request.
 */
@ApplicationScoped
public class ShopwedoAuthCheck {

  static final Duration WINDOW = Duration.ofMinutes(15);

  private final SandboxClock clock;

  /** Salts seen within the window, with their timestamps, so that a replay is refused. */
  private final Map<String, Instant> usedSalts = new HashMap<>();

  ShopwedoAuthCheck(SandboxClock clock) {
    this.clock = clock;
  }

  /** Empty when the auth object is good (and its salt is now used); else why it is refused. */
  public synchronized Optional<String> refusal(JsonNode auth) {
    if (auth == null || !auth.isObject()) {
      return Optional.of("Missing auth object");
    }
    String shopId = auth.path("shopid").asText(null);
    String salt = auth.path("salt").asText(null);
    String token = auth.path("token").asText(null);
    if (!auth.path("timestamp").canConvertToLong()
        || shopId == null
        || salt == null
        || token == null) {
      return Optional.of("The auth object needs shopid, timestamp, salt and token");
    }
    if (!SandboxCredentials.SHOPWEDO_SHOP_ID.equals(shopId)) {
      return Optional.of("Unknown shop");
    }
    long timestamp = auth.get("timestamp").asLong();
    Instant now = clock.now();
    Instant signedAt = Instant.ofEpochSecond(timestamp);
    if (signedAt.isAfter(now)) {
      return Optional.of("The timestamp is in the future");
    }
    if (signedAt.isBefore(now.minus(WINDOW))) {
      return Optional.of("The timestamp is older than 15 minutes");
    }
    String expected = sign(shopId + SandboxCredentials.SHOPWEDO_SHOP_KEY + timestamp + salt);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("The token is invalid");
    }
    usedSalts.values().removeIf(seen -> seen.isBefore(now.minus(WINDOW)));
    if (usedSalts.putIfAbsent(salt, signedAt) != null) {
      return Optional.of("The salt has already been used");
    }
    return Optional.empty();
  }

  /** The token a client with the sandbox shop key would send; tests use it to sign by hand. */
  public static String sign(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(
          new SecretKeySpec(
              SandboxCredentials.SHOPWEDO_SHOP_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA512 is a mandatory JDK algorithm", e);
    }
  }
}
