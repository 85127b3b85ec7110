package com.commercegraph.sandbox;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Sends a {@link SimulatedError} as the simulated provider's own error answer. */
@Provider
public class SimulatedErrorMapper implements ExceptionMapper<SimulatedError> {

  @Override
  public Response toResponse(SimulatedError error) {
    return error.toResponse();
  }
}
