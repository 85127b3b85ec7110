package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads VeePe's error body ({@code {"errorCode": ..., "errorMessage": "..."}}) of an API or token
 * response into the {@link ProviderException} for its status. An empty or unreadable body still
 * gives the exception for the status, without a provider code or message.
 */
final class VeepeErrorResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private VeepeErrorResponses() {}

  static ProviderException exceptionFor(int status, String body, String retryAfterHeader) {
    VeepeError error = read(body);
    return ProviderErrors.forStatus(
        ProviderFailure.status(
            Provider.VEEPE, status, blankToNull(error.errorCode()), error.errorMessage()),
        retryAfterHeader);
  }

  private static VeepeError read(String body) {
    if (body == null || body.isBlank()) {
      return new VeepeError(null, null);
    }
    try {
      VeepeError error = JSON.readValue(body, VeepeError.class);
      return error == null ? new VeepeError(null, null) : error;
    } catch (JacksonException e) {
      // An HTML error page from a proxy, or truncated JSON: the status still says enough.
      return new VeepeError(null, null);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
