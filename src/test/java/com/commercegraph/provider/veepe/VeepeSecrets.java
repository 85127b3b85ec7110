package com.commercegraph.provider.veepe;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that no VeePe credential reaches an exception's text, its causes' or its toString. */
final class VeepeSecrets {

  private VeepeSecrets() {}

  static void assertNoCredentialIn(Throwable error) {
    assertThat(error).isNotNull();
    for (Throwable t = error; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()))
          .doesNotContain(VeepeWireMock.CLIENT_SECRET)
          .doesNotContain(VeepeWireMock.CLIENT_ID);
      assertThat(t.toString())
          .doesNotContain(VeepeWireMock.CLIENT_SECRET)
          .doesNotContain(VeepeWireMock.CLIENT_ID);
    }
  }
}
