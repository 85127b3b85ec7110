package com.commercegraph.sandbox.veepe;

import com.commercegraph.sandbox.SandboxClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * VeePe's access tokens: opaque, valid for {@link #LIFETIME} from issue on the sandbox clock, then
 * refused (veepe-api.txt: "Tokens expire based on expires_in").
 */
@ApplicationScoped
public class VeepeTokenIssuer {

  /** veepe-api.txt's example answer: {@code "expires_in": 3600}. */
  public static final Duration LIFETIME = Duration.ofHours(1);

  private final SandboxClock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  VeepeTokenIssuer(SandboxClock clock) {
    this.clock = clock;
  }

  public String issue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = "sbx." + HexFormat.of().formatHex(bytes);
    Instant now = clock.now();
    expiries.values().removeIf(expiry -> expiry.isBefore(now));
    expiries.put(token, now.plus(LIFETIME));
    return token;
  }

  public boolean valid(String token) {
    Instant expiry = token == null ? null : expiries.get(token);
    return expiry != null && clock.now().isBefore(expiry);
  }
}
