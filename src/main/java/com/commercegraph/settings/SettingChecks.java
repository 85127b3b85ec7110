package com.commercegraph.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Checks shared by the provider configurations. Messages name the environment variable and never
 * echo the value, because the value may be a secret pasted into the wrong variable.
 */
public final class SettingChecks {

  private SettingChecks() {}

  /** An absolute http(s) URL with a host and no user info, query or fragment. */
  public static Optional<String> absoluteHttpUrl(String variable, String value) {
    try {
      URI uri = new URI(value.trim());
      boolean http =
          "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      if (http
          && uri.getHost() != null
          && uri.getRawUserInfo() == null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      // reported below, without the value
    }
    return Optional.of(
        variable + " must be an absolute http(s) URL without credentials, query or fragment");
  }

  public static Optional<String> wholeNumber(String variable, String value) {
    return value.trim().matches("[0-9]{1,18}")
        ? Optional.empty()
        : Optional.of(variable + " must be a whole number");
  }

  public static Optional<String> zone(String variable, String value) {
    try {
      ZoneId.of(value);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(variable + " must be a time zone id such as Europe/London");
    }
  }

  public static Optional<String> currency(String variable, String value) {
    try {
      java.util.Currency.getInstance(value);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(variable + " must be an ISO 4217 currency code such as EUR");
    }
  }

  /** Base URL as a URI without a trailing slash, so that REST client paths join cleanly. */
  public static URI baseUri(String value) {
    String trimmed = value.trim();
    return URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
  }

  /** True when {@code url} lies under {@code path} of the {@code base} URL. */
  public static boolean isUnder(String url, String base, String path) {
    return url.trim().startsWith(baseUri(base) + path);
  }
}
