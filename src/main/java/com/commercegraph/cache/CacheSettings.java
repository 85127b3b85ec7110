package com.commercegraph.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long what was read from providers is kept ({@code commerce.cache.*}). A time to live of zero
 * turns that cache off: every read goes to the provider (identical reads in flight still share one
 * call). application.properties gives each Quarkus cache the same times.
 */
@ConfigMapping(prefix = "commerce.cache")
public interface CacheSettings {

  /** Products read by id. */
  @WithDefault("60s")
  Duration productTtl();

  /** Stock levels read by id or SKU; a product's own stock never longer. */
  @WithDefault("10s")
  Duration stockTtl();

  /** Entries per by-id cache. */
  @WithDefault("10000")
  int maxSize();

  /**
   * Order pages and orders by id. A few seconds: a dashboard's many viewers share one read, and a
   * new order shows within that, or at once when it came through the gateway.
   */
  @WithDefault("5s")
  Duration orderListTtl();

  /** Catalogue pages: names and prices change rarely, their stock is the products' own. */
  @WithDefault("10s")
  Duration productListTtl();

  /** Stock list pages: stock moves with every sale. */
  @WithDefault("5s")
  Duration stockListTtl();

  /**
   * How long an order summary is served as it is; after that it is still served, with its age,
   * while it is read again in the background. Five minutes: reading a busy shop's orders again
   * takes a while (10,000 VeePe orders are 1,000 calls of 10), and writes through the gateway have
   * it read again at once.
   */
  @WithDefault("5m")
  Duration summaryTtl();

  /** Past this age a summary is no longer served; a request waits for it to be read again. */
  @WithDefault("30m")
  Duration summaryMaxAge();
}
