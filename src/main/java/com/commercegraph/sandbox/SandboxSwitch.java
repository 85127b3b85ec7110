package com.commercegraph.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Hides the simulators unless {@code commerce.sandbox} (env {@code COMMERCE_SANDBOX}) is true: a
 * run-time setting, so the same packaged app serves them only when asked to.
 */
public class SandboxSwitch {

  private final boolean enabled;

  SandboxSwitch(
      @ConfigProperty(name = "commerce.sandbox", defaultValue = "false") boolean enabled) {
    this.enabled = enabled;
  }

  @ServerRequestFilter(preMatching = true)
  public Response hideWhenOff(ContainerRequestContext request) {
    if (enabled || !request.getUriInfo().getPath().startsWith(SandboxPaths.ROOT + "/")) {
      return null;
    }
    return Response.status(Response.Status.NOT_FOUND).build();
  }
}
