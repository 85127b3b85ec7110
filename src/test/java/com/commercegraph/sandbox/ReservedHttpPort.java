package com.commercegraph.sandbox;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Picks a free port for the test app, so that the port is known before start-up: the sandbox's
 * provider URLs are built from it, which port 0 ("any free port") would not allow.
 */
public class ReservedHttpPort implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return Map.of("quarkus.http.test-port", String.valueOf(socket.getLocalPort()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {}
}
