package com.commercegraph.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An error answer exactly as the simulated provider would send it: its status, its own error body
 * and any headers it documents. Thrown anywhere in a simulator, answered by {@link
 * SimulatedErrorMapper}.
 */
public class SimulatedError extends RuntimeException {

  private final int status;
  private final JsonNode body;
  private final Map<String, String> headers;

  public SimulatedError(int status, JsonNode body) {
    this(status, body, Map.of());
  }

  public SimulatedError(int status, JsonNode body, Map<String, String> headers) {
    super("simulated " + status, null, false, false);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** The provider's answer: status, error body and headers. */
  Response toResponse() {
    Response.ResponseBuilder answer = Response.status(status);
    if (body != null) {
      answer.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    }
    headers.forEach(answer::header);
    return answer.build();
  }
}
