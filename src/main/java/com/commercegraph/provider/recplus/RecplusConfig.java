package com.commercegraph.provider.recplus;

import com.commercegraph.money.Money;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.settings.SettingChecks;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * REC+ settings; each key is also read from the environment variable of the same name in upper case
 * ({@code recplus.username} from {@code RECPLUS_USERNAME}). Every REC+ site has its own domain, so
 * there is no default base URL: {@code https://{DOMAIN}/api/v1}.
 */
@ConfigMapping(prefix = "recplus")
public interface RecplusConfig {

  Optional<String> baseUrl();

  /** The Full API Access user (HTTP Basic). */
  Optional<String> username();

  Optional<String> password();

  /** recplus-api.txt: dates carry no offset and are in the site's time zone. */
  @WithDefault("Europe/London")
  String timeZone();

  /**
   * recplus-api.txt: orders carry no currency field, so the site's currency is configuration; GBP
   * because REC+ is a UK platform.
   */
  @WithDefault("GBP")
  String currency();

  /**
   * The site's own order status texts mapped onto the common status, e.g. {@code
   * recplus.status-map."Payment Received"=CONFIRMED}. Texts are matched ignoring case; entries here
   * override the built-in defaults of {@link RecplusStatusTable}.
   */
  Map<String, OrderStatus> statusMap();

  /**
   * The site's webhooks to the gateway ({@code POST /webhooks/recplus}, README "REC+ webhooks"):
   * off unless credentials are set here, since an endpoint anyone could post orders to would let
   * anyone forge events.
   */
  Webhook webhook();

  @WithDefault("5s")
  Duration connectTimeout();

  @WithDefault("30s")
  Duration readTimeout();

  default boolean enabled() {
    return baseUrl().isPresent() && username().isPresent() && password().isPresent();
  }

  default List<String> problems() {
    return Stream.of(
            baseUrl().flatMap(url -> SettingChecks.absoluteHttpUrl("RECPLUS_BASE_URL", url)),
            SettingChecks.zone("RECPLUS_TIME_ZONE", timeZone()),
            currencyProblem(),
            webhookProblem())
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<String> webhookProblem() {
    if (webhook().username().isPresent() != webhook().password().isPresent()) {
      return Optional.of(
          "RECPLUS_WEBHOOK_USERNAME and RECPLUS_WEBHOOK_PASSWORD are set together or not at all");
    }
    return Optional.empty();
  }

  /**
   * How the site authenticates its webhooks (recplus-api.txt "API Webhooks": HTTP Basic or Bearer),
   * as set up under Admin &gt; API Webhooks.
   */
  interface Webhook {

    Optional<String> username();

    Optional<String> password();

    /** The Bearer token the site sends. */
    Optional<String> token();

    /** True when the site can authenticate one way or the other. */
    default boolean on() {
      return token().isPresent() || (username().isPresent() && password().isPresent());
    }
  }

  private Optional<String> currencyProblem() {
    try {
      Money.exponent(currency());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("RECPLUS_CURRENCY must be an ISO 4217 currency code such as GBP");
    }
  }
}
