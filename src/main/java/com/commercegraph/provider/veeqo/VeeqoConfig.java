package com.commercegraph.provider.veeqo;

import com.commercegraph.settings.SettingChecks;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Veeqo settings; each key is also read from the environment variable of the same name in upper
 * case ({@code veeqo.api-key} from {@code VEEQO_API_KEY}).
 */
@ConfigMapping(prefix = "veeqo")
public interface VeeqoConfig {

  @WithDefault("https://api.veeqo.com")
  String baseUrl();

  /** A private app's key, sent as {@code x-api-key}. */
  Optional<String> apiKey();

  /** A token from Veeqo's OAuth2 flow, sent as a bearer token; wins over the API key. */
  Optional<String> oauthToken();

  /** Veeqo usually answers in well under a second; a refused connection should fail fast. */
  @WithDefault("5s")
  Duration connectTimeout();

  /** Large order pages can take several seconds on Veeqo's side. */
  @WithDefault("30s")
  Duration readTimeout();

  /**
   * Currency of product prices. Veeqo products carry no currency (prices are in the company's
   * currency, which the product endpoints do not return), so it is configuration.
   */
  @WithDefault("GBP")
  String currency();

  /**
   * The delivery method of orders created without one. orders.md marks {@code delivery_method_id}
   * required on a new order; the ids are the account's own ({@code GET /delivery_methods}).
   */
  Optional<Long> deliveryMethodId();

  default boolean enabled() {
    return apiKey().isPresent() || oauthToken().isPresent();
  }

  default List<String> problems() {
    return Stream.of(
            SettingChecks.absoluteHttpUrl("VEEQO_BASE_URL", baseUrl()), currencyProblem(currency()))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<String> currencyProblem(String code) {
    try {
      Currency.getInstance(code.trim());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("VEEQO_CURRENCY must be an ISO 4217 currency code such as GBP");
    }
  }
}
