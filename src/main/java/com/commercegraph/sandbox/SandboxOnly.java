package com.commercegraph.sandbox;

import com.commercegraph.provider.SettingChecks;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Whether the gateway talks to nothing but its own simulators: the sandbox is on and every
 * provider's base URL lies under the sandbox's, so no merchant's real data can be reached.
 */
public final class SandboxOnly {

  private static final List<String> BASE_URLS =
      List.of("veeqo.base-url", "veepe.base-url", "recplus.base-url", "shopwedo.base-url");

  private SandboxOnly() {}

  public static boolean in(Config config) {
    if (!config.getOptionalValue("commerce.sandbox", Boolean.class).orElse(false)) {
      return false;
    }
    Optional<String> base = config.getOptionalValue("commerce.sandbox.base-url", String.class);
    return base.isPresent()
        && BASE_URLS.stream()
            .allMatch(
                key ->
                    config
                        .getOptionalValue(key, String.class)
                        .filter(
                            url -> SettingChecks.isUnder(url, base.get(), SandboxPaths.ROOT + "/"))
                        .isPresent());
  }
}
