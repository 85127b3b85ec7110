package com.commercegraph.failure;

import com.commercegraph.registry.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The gateway itself failed while it handled one provider's part of a request: a bug such as a
 * mapper meeting data it did not expect, not the provider being down or refusing. Clients see
 * {@code INTERNAL_ERROR}, which retrying does not cure, instead of a provider code that invites
 * retries; the breaker does not count it against the provider. The correlation id in the message is
 * also in the one ERROR line logged with the stack trace, so a report from a client leads to it.
 *
 * <p>It is a {@link ProviderException} because it takes the place of that provider's answer: the
 * rest of a request is answered, and the error names the provider whose part is missing.
 */
public class GatewayFaultException extends ProviderException {

  private static final Logger LOG = Logger.getLogger(GatewayFaultException.class);

  private final String correlationId;

  private GatewayFaultException(Provider provider, String correlationId, Throwable cause) {
    super(
        new ProviderFailure(provider, null, null, null, false),
        "Internal error of the gateway while handling "
            + provider.name()
            + "'s part (correlation id "
            + correlationId
            + ")",
        cause);
    this.correlationId = correlationId;
  }

  /** The fault for {@code cause}, logged once at ERROR with its new correlation id and stack. */
  public static GatewayFaultException of(Provider provider, Throwable cause) {
    String id = UUID.randomUUID().toString();
    LOG.errorf(cause, "Internal error [correlation id %s] handling %s's part", id, provider);
    return new GatewayFaultException(provider, id, cause);
  }

  public String correlationId() {
    return correlationId;
  }

  @Override
  public String code() {
    return "INTERNAL_ERROR";
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
