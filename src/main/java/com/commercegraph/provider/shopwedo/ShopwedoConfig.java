package com.commercegraph.provider.shopwedo;

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
 * ShopWeDo settings; each key is also read from the environment variable of the same name in upper
 * case ({@code shopwedo.shop-id} from {@code SHOPWEDO_SHOP_ID}).
 */
@ConfigMapping(prefix = "shopwedo")
public interface ShopwedoConfig {

  /** Public clients also use https://admin.shopwedo.com/api. */
  @WithDefault("https://shopwedo.com/admin/api")
  String baseUrl();

  /** The numeric shop id; kept as text so that a malformed value is reported by name. */
  Optional<String> shopId();

  /** The HMAC key; never sent, only used to sign. */
  Optional<String> shopKey();

  /** ShopWeDo is a Belgian service; its dates carry no offset. */
  @WithDefault("Europe/Brussels")
  String timeZone();

  /**
   * shopwedo-api.txt gives prices without a currency; ShopWeDo is a Belgian service, so euro unless
   * the shop says otherwise.
   */
  @WithDefault("EUR")
  String currency();

  /**
   * ShopWeDo order status texts mapped onto the common status, e.g. {@code
   * shopwedo.status-map."Waiting_for_release"=ON_HOLD}. Matched as {@link ShopwedoStatuses} matches
   * (case, underscores and hyphens aside); entries here override its built-in guesses.
   */
  Map<String, OrderStatus> statusMap();

  /**
   * Whether orders created through the gateway ask ShopWeDo to release them ({@code release} of
   * createOrder) when the input does not say. shopwedo-api.txt: "When not given, an order won't be
   * automatically released"; false keeps that.
   */
  @WithDefault("false")
  boolean release();

  @WithDefault("5s")
  Duration connectTimeout();

  @WithDefault("30s")
  Duration readTimeout();

  default boolean enabled() {
    return shopId().isPresent() && shopKey().isPresent();
  }

  default List<String> problems() {
    return Stream.of(
            SettingChecks.absoluteHttpUrl("SHOPWEDO_BASE_URL", baseUrl()),
            shopId().flatMap(id -> SettingChecks.wholeNumber("SHOPWEDO_SHOP_ID", id)),
            SettingChecks.zone("SHOPWEDO_TIME_ZONE", timeZone()),
            SettingChecks.currency("SHOPWEDO_CURRENCY", currency()))
        .flatMap(Optional::stream)
        .toList();
  }
}
