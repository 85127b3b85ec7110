package com.commercegraph.sandbox;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every simulator answer back by {@code commerce.sandbox.latency} (zero by default), without
 * holding a thread: the benchmark's providers answer as slowly as real ones across a network.
 */
public class SandboxLatency {

  private final Duration latency;

  SandboxLatency(
      @ConfigProperty(name = "commerce.sandbox.latency", defaultValue = "0s") Duration latency) {
    this.latency = latency;
  }

  @ServerRequestFilter(preMatching = true)
  public Uni<Void> delay(ContainerRequestContext request) {
    if (latency.isZero() || !request.getUriInfo().getPath().startsWith(SandboxPaths.ROOT + "/")) {
      return null;
    }
    return Uni.createFrom().voidItem().onItem().delayIt().by(latency);
  }
}
