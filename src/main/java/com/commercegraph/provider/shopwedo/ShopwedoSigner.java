package com.commercegraph.provider.shopwedo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs ShopWeDo requests. NOTES.md (ShopWeDo): token = lowercase hex HMAC-SHA512 with the shop key
 * as key over shopid + shopkey + timestamp + salt, plain concatenation in that order; the salt is
 * fresh for every request. The shop key itself is never sent.
 */
final class ShopwedoSigner {

  private static final String ALGORITHM = "HmacSHA512";
  private static final int SALT_BYTES = 16;

  private final long shopId;
  private final SecretKeySpec key;
  private final String shopKey;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ShopwedoSigner(long shopId, String shopKey, Clock clock) {
    this.shopId = shopId;
    this.shopKey = shopKey;
    this.key = new SecretKeySpec(shopKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.clock = clock;
  }

  /** A new auth object for one request, timestamped now by the clock. */
  ShopwedoAuth sign() {
    long timestamp = clock.instant().getEpochSecond();
    byte[] saltBytes = new byte[SALT_BYTES];
    random.nextBytes(saltBytes);
    String salt = HexFormat.of().formatHex(saltBytes);
    return new ShopwedoAuth(shopId, timestamp, salt, token(timestamp, salt));
  }

  private String token(long timestamp, String salt) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      String message = "" + shopId + shopKey + timestamp + salt;
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      // HmacSHA512 is mandatory in every Java runtime, so this means a broken JVM, not bad input.
      throw new IllegalStateException("HmacSHA512 is not available", e);
    }
  }
}
