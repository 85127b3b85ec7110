package com.commercegraph.settings;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Which provider URLs lead into the gateway's own sandbox: the sandbox is on and the URL lies under
 * {@code COMMERCE_SANDBOX_BASE_URL} + {@value #ROOT}. Such a URL never leaves this process's host
 * and reaches only made-up data.
 */
public final class SandboxUrls {

  /** Where the simulators are served, relative to the gateway's own HTTP root. */
  public static final String ROOT = "/sandbox";

  private static final List<String> BASE_URLS =
      List.of("veeqo.base-url", "veepe.base-url", "recplus.base-url", "shopwedo.base-url");

  private SandboxUrls() {}

  /** True when every provider talks to the sandbox, so no merchant's real data can be reached. */
  public static boolean onlySandbox(Config config) {
    return BASE_URLS.stream()
        .allMatch(
            key ->
                config
                    .getOptionalValue(key, String.class)
                    .filter(url -> isSandbox(url, config))
                    .isPresent());
  }

  /** True when the sandbox is on and {@code url} leads into it. */
  public static boolean isSandbox(String url, Config config) {
    return sandboxBase(config)
        .filter(base -> SettingChecks.isUnder(url, base, ROOT + "/"))
        .isPresent();
  }

  private static Optional<String> sandboxBase(Config config) {
    return config.getOptionalValue("commerce.sandbox", Boolean.class).orElse(false)
        ? config.getOptionalValue("commerce.sandbox.base-url", String.class)
        : Optional.empty();
  }
}
