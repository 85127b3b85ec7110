package com.commercegraph.provider.recplus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The REC+ sample payloads under {@code src/test/resources/recplus/} and the expected auth. */
final class RecplusPayloads {

  static final String BASIC_AUTH =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  (RecplusWireMock.USERNAME + ":" + RecplusWireMock.PASSWORD)
                      .getBytes(StandardCharsets.UTF_8));

  private RecplusPayloads() {}

  static String read(String name) {
    try (InputStream in =
        RecplusPayloads.class.getClassLoader().getResourceAsStream("recplus/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test payload recplus/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
