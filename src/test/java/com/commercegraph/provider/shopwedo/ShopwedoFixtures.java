package com.commercegraph.provider.shopwedo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** ShopWeDo payloads under src/test/resources/shopwedo/, shaped after shopwedo-api.txt. */
final class ShopwedoFixtures {

  private ShopwedoFixtures() {}

  static String read(String name) {
    try (InputStream in =
        ShopwedoFixtures.class.getClassLoader().getResourceAsStream("shopwedo/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture shopwedo/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
