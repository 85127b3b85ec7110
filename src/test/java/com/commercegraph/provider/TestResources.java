package com.commercegraph.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of a file under {@code src/test/resources}: provider payloads, GraphQL documents. */
public final class TestResources {

  private TestResources() {}

  /** The file at {@code path} (e.g. {@code veeqo/orders/show.json}), as UTF-8 text. */
  public static String read(String path) {
    try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
