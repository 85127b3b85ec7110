package com.commercegraph.graphql;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How list cursors are signed ({@code commerce.cursor.*}). */
@ConfigMapping(prefix = "commerce.cursor")
public interface CursorSettings {

  /**
   * The key cursors are signed with (HMAC-SHA256 of the text). Unset, each start picks a random
   * key: enough for one instance, but cursors then stop working across a restart and between
   * instances, so set the same value on every instance of a deployment.
   */
  Optional<String> secret();
}
