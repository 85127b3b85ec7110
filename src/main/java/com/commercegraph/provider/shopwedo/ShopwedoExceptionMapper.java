package com.commercegraph.provider.shopwedo;

import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every ShopWeDo error status into the {@link ProviderException} of that meaning, with
 * ShopWeDo's own code and message read from the body. shopwedo-api.txt documents 400 (invalid
 * request) and 401 (invalid auth); other statuses follow their HTTP meaning.
 */
class ShopwedoExceptionMapper implements ResponseExceptionMapper<ProviderException> {

  private final ObjectMapper json;

  ShopwedoExceptionMapper(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public ProviderException toThrowable(Response response) {
    ShopwedoErrorBody body = ShopwedoErrorBody.parse(bodyText(response), json);
    ProviderFailure failure =
        ProviderFailure.status(
            Provider.SHOPWEDO, response.getStatus(), body.code(), body.message());
    if (response.getStatus() == 400 && !body.fieldErrors().isEmpty()) {
      return new ShopwedoFieldErrorsException(failure, body.fieldErrors());
    }
    return ProviderErrors.forStatus(failure, response.getHeaderString(HttpHeaders.RETRY_AFTER));
  }

  private static String bodyText(Response response) {
    try {
      return response.hasEntity() ? response.readEntity(String.class) : null;
    } catch (RuntimeException e) {
      // A body that cannot be read as text adds nothing the status does not already say.
      return null;
    }
  }
}
