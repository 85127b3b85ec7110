package com.commercegraph.graphql.socket;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open sockets per caller on this instance, bounded by {@link
 * SocketSettings#maxConnectionsPerCaller()}, so that one key cannot hold the gateway's memory and
 * event fan-out to itself.
 */
@ApplicationScoped
class CallerConnections {

  private final Map<String, Integer> open = new ConcurrentHashMap<>();
  private final int max;

  CallerConnections(SocketSettings settings) {
    this.max = settings.maxConnectionsPerCaller();
  }

  /** Counts one more socket for the caller; false (and nothing counted) when it holds the most. */
  boolean tryOpen(String caller) {
    boolean[] opened = {false};
    open.compute(
        caller,
        (key, count) -> {
          int now = count == null ? 0 : count;
          if (now >= max) {
            return count;
          }
          opened[0] = true;
          return now + 1;
        });
    return opened[0];
  }

  void closed(String caller) {
    open.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
  }
}
