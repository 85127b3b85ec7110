package com.commercegraph.graphql.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the GraphQL endpoint answers over HTTP (README "Mobile and web clients"). */
@ConfigMapping(prefix = "commerce.http")
public interface HttpSettings {

  /**
   * Operations in one batch (a JSON array, Apollo's {@code BatchHttpLink}): a dashboard batches the
   * queries of one screen, a handful; more is one caller asking for many requests' work at once.
   */
  @WithDefault("10")
  int maxBatchSize();

  /**
   * Answers smaller than this are sent uncompressed: compressing a few hundred bytes costs more
   * than it saves.
   */
  @WithDefault("1024")
  int compressionMinBytes();

  /**
   * How long a client may reuse a GET answer ({@code Cache-Control: private, max-age}); set in
   * {@code application.properties} to the stock cache's TTL, the shortest the gateway keeps data.
   */
  Duration getMaxAge();
}
