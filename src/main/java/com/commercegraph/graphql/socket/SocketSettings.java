package com.commercegraph.graphql.socket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** GraphQL over WebSocket on {@code /graphql} (README "Live orders"). */
@ConfigMapping(prefix = "commerce.socket")
public interface SocketSettings {

  /**
   * How long a socket may stay open without a {@code connection_init}: long enough for a client on
   * a slow mobile link, short enough that idle unauthenticated sockets cannot pile up. Closed with
   * 4408 past it.
   */
  @WithDefault("10s")
  Duration initTimeout();

  /**
   * Open sockets one caller (one API key, one token subject) may hold at once; past it a new one is
   * closed with 4429. A dashboard needs one socket for all its subscriptions; the margin covers
   * several tabs and reconnects that overlap the old socket's close.
   */
  @WithDefault("20")
  int maxConnectionsPerCaller();

  /** Operations one socket may run at once; a further one is answered with an error. */
  @WithDefault("50")
  int maxOperationsPerConnection();

  /**
   * How often the server pings (graphql-transport-ws) or sends keep-alives (graphql-ws), so that
   * proxies keep the connection open and a dead peer is noticed.
   */
  @WithDefault("15s")
  Duration keepAlive();
}
