package com.commercegraph.graphql.persisted;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import redis.embedded.RedisServer;

/**
 * A real redis-server (shipped inside the embedded-redis jar) on a free port, for the tests of the
 * shared stores; it sets {@code quarkus.redis.hosts} as {@code QUARKUS_REDIS_HOSTS} would.
 */
public class EmbeddedRedis implements QuarkusTestResourceLifecycleManager {

  static volatile String url;
  private RedisServer server;

  @Override
  public Map<String, String> start() {
    int port = freePort();
    try {
      server = new RedisServer(port);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    url = "redis://localhost:" + port;
    return Map.of("quarkus.redis.hosts", url);
  }

  @Override
  public void stop() {
    if (server != null) {
      try {
        server.stop();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
