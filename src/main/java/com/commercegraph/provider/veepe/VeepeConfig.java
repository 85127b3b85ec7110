package com.commercegraph.provider.veepe;

import com.commercegraph.settings.SettingChecks;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * VeePe settings; each key is also read from the environment variable of the same name in upper
 * case ({@code veepe.client-id} from {@code VEEPE_CLIENT_ID}). The token endpoint is {@code
 * {base-url}/token}.
 */
@ConfigMapping(prefix = "veepe")
public interface VeepeConfig {

  @WithDefault("https://api.veepe.in/v1")
  String baseUrl();

  Optional<String> clientId();

  Optional<String> clientSecret();

  @WithDefault("5s")
  Duration connectTimeout();

  /** Order and report calls are small; VeePe's own docs promise no latency, so allow some slack. */
  @WithDefault("20s")
  Duration readTimeout();

  /** Renew the token this long before it expires, so that no call carries an expiring token. */
  @WithDefault("60s")
  Duration tokenRefreshSkew();

  /**
   * Zone for VeePe timestamps that carry no offset. VeePe's documented samples all end in {@code
   * Z}, so this only matters if VeePe ever drops the offset.
   */
  @WithDefault("UTC")
  String timeZone();

  default boolean enabled() {
    return clientId().isPresent() && clientSecret().isPresent();
  }

  default List<String> problems() {
    return Stream.of(
            SettingChecks.absoluteHttpUrl("VEEPE_BASE_URL", baseUrl()),
            SettingChecks.zone("VEEPE_TIME_ZONE", timeZone()))
        .flatMap(Optional::stream)
        .toList();
  }
}
