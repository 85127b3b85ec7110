package com.commercegraph.provider.recplus;

import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every REC+ error status into the {@link ProviderException} of its meaning, with the
 * messages of REC+'s error body. REC+ errors have a status and a message but no error code of their
 * own, so {@code providerCode} stays empty.
 */
final class RecplusErrorMapper implements ResponseExceptionMapper<ProviderException> {

  private final ObjectMapper json;

  RecplusErrorMapper(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public ProviderException toThrowable(Response response) {
    ProviderFailure failure =
        ProviderFailure.status(Provider.RECPLUS, response.getStatus(), null, message(response));
    return ProviderErrors.forStatus(failure, response.getHeaderString(HttpHeaders.RETRY_AFTER));
  }

  @Override
  public int getPriority() {
    // Before any other mapper, the REST client's default one included, so callers only ever see
    // ProviderExceptions.
    return 1;
  }

  /** The body's messages joined, or null when the body is empty or not REC+'s error shape. */
  private String message(Response response) {
    try {
      String body = response.hasEntity() ? response.readEntity(String.class) : null;
      if (body == null || body.isBlank()) {
        return null;
      }
      List<RecplusErrorBody.Entry> errors = json.readValue(body, RecplusErrorBody.class).errors();
      if (errors == null) {
        return null;
      }
      String joined =
          errors.stream()
              .filter(Objects::nonNull)
              .map(RecplusErrorBody.Entry::message)
              .filter(m -> m != null && !m.isBlank())
              .collect(Collectors.joining("; "));
      return joined.isEmpty() ? null : joined;
    } catch (IOException | RuntimeException e) {
      // An HTML error page or a truncated body: the status alone still says what happened.
      return null;
    }
  }
}
