package com.commercegraph.store;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import redis.embedded.RedisServer;

/**
 * A real redis-server (shipped inside the embedded-redis jar, nothing to install) on a free port,
 * for the tests whose profile names it. Tests may stop and start it again on the same port to play
 * an outage.
 */
public class EmbeddedRedis implements QuarkusTestResourceLifecycleManager {

  private static int port;
  private static RedisServer server;

  @Override
  public Map<String, String> start() {
    port = freePort();
    startServer();
    return Map.of(
        "quarkus.redis.hosts",
        url(),
        // Short, so that a refused write does not wait long in the outage tests, and Redis back
        // is noticed within a second.
        "commerce.store.timeout",
        "500ms",
        "commerce.store.recheck-interval",
        "1s");
  }

  @Override
  public void stop() {
    stopServer();
  }

  public static String url() {
    return "redis://127.0.0.1:" + port;
  }

  public static int port() {
    return port;
  }

  public static synchronized void startServer() {
    try {
      server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              // Memory only: nothing written into the working directory.
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized void ensureRunning() {
    if (server == null) {
      startServer();
    }
  }

  public static synchronized void stopServer() {
    if (server != null) {
      try {
        server.stop();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server = null;
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
