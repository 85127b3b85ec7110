package com.commercegraph.provider.veeqo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Veeqo's documented payloads, kept under {@code src/test/resources/veeqo/}. */
final class VeeqoSamples {

  private VeeqoSamples() {}

  static String read(String path) {
    try (InputStream in = VeeqoSamples.class.getResourceAsStream("/veeqo/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample veeqo/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
