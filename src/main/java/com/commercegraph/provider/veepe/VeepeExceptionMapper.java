package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every VeePe error status (4xx, 5xx) into the {@link ProviderException} of its meaning. */
class VeepeExceptionMapper implements ResponseExceptionMapper<ProviderException> {

  @Override
  public ProviderException toThrowable(Response response) {
    return VeepeErrorResponses.exceptionFor(
        response.getStatus(), body(response), response.getHeaderString(HttpHeaders.RETRY_AFTER));
  }

  private static String body(Response response) {
    if (!response.hasEntity()) {
      return null;
    }
    try {
      return response.readEntity(String.class);
    } catch (ProcessingException | IllegalStateException e) {
      // The connection broke while reading the error body; the status alone decides.
      return null;
    }
  }
}
