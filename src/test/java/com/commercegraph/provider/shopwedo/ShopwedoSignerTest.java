package com.commercegraph.provider.shopwedo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ShopwedoSignerTest {

  private static final Instant NOW = Instant.parse("2024-07-01T12:00:00Z");

  private final ShopwedoSigner signer =
      new ShopwedoSigner(4711, ShopwedoWireMock.SHOP_KEY, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void shopwedoTokenIsHmacOfIdKeyTimestampSalt() throws Exception {
    ShopwedoAuth auth = signer.sign();

    String message = "4711" + ShopwedoWireMock.SHOP_KEY + NOW.getEpochSecond() + auth.salt();
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(
        new SecretKeySpec(
            ShopwedoWireMock.SHOP_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
    String expected =
        HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));

    assertThat(auth.token()).isEqualTo(expected).matches("[0-9a-f]{128}");
    assertThat(auth.shopid()).isEqualTo(4711);
  }

  @Test
  void timestampIsTheClocksUnixSeconds() {
    assertThat(signer.sign().timestamp()).isEqualTo(1719835200L);
  }

  @Test
  void everyAuthObjectHasAFreshRandomSalt() {
    ShopwedoAuth first = signer.sign();
    ShopwedoAuth second = signer.sign();

    assertThat(first.salt()).matches("[0-9a-f]{32}");
    assertThat(second.salt()).matches("[0-9a-f]{32}").isNotEqualTo(first.salt());
    assertThat(second.token()).isNotEqualTo(first.token());
  }

  @Test
  void authToStringLeavesTheTokenOut() {
    ShopwedoAuth auth = signer.sign();

    assertThat(auth.toString())
        .contains("4711", auth.salt())
        .doesNotContain(auth.token())
        .doesNotContain(ShopwedoWireMock.SHOP_KEY);
    assertThat(signer.toString()).doesNotContain(ShopwedoWireMock.SHOP_KEY);
  }
}
