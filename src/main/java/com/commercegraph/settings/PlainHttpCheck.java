package com.commercegraph.settings;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses {@code http://} provider URLs in the packaged app: credentials and merchant data would
 * cross the network in clear. Dev mode and tests talk to simulators and are exempt; so is a URL
 * into the gateway's own sandbox ({@code COMMERCE_SANDBOX=true}, a URL under {@code
 * COMMERCE_SANDBOX_BASE_URL/sandbox/}), which never leaves the process's host. {@code
 * COMMERCE_ALLOW_HTTP_PROVIDERS=true} allows plain HTTP for a provider simulator on the same host.
 */
@ApplicationScoped
class PlainHttpCheck {

  private static final Map<String, String> BASE_URLS =
      Map.of(
          "veeqo.base-url", "VEEQO_BASE_URL",
          "veepe.base-url", "VEEPE_BASE_URL",
          "recplus.base-url", "RECPLUS_BASE_URL",
          "shopwedo.base-url", "SHOPWEDO_BASE_URL");

  private final Config config;

  PlainHttpCheck(Config config) {
    this.config = config;
  }

  /** One message per provider URL that may not be plain HTTP, naming its variable only. */
  List<String> problems() {
    if (LaunchMode.current() != LaunchMode.NORMAL
        || config.getOptionalValue("commerce.allow-http-providers", Boolean.class).orElse(false)) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    BASE_URLS.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(
            setting ->
                config
                    .getOptionalValue(setting.getKey(), String.class)
                    .filter(url -> isPlainHttp(url) && !SandboxUrls.isSandbox(url, config))
                    .ifPresent(
                        url ->
                            problems.add(
                                setting.getValue()
                                    + " must be an https:// URL (set"
                                    + " COMMERCE_ALLOW_HTTP_PROVIDERS=true for a provider"
                                    + " simulator on this host)")));
    return problems;
  }

  private static boolean isPlainHttp(String url) {
    return url.trim().toLowerCase(Locale.ROOT).startsWith("http:");
  }
}
