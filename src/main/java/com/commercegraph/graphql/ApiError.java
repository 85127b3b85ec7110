package com.commercegraph.graphql;

import com.commercegraph.failure.GatewayFaultException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.order.ReferenceStoreUnavailableException;
import com.commercegraph.order.event.SubscriberTooSlowException;
import com.commercegraph.registry.Provider;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One error as clients see it: a message safe to show, {@code extensions.code} and, for a provider
 * failure, {@code extensions.provider}; for bad input in one argument, {@code extensions.field}.
 * SmallRye GraphQL copies a thrown GraphQLError's extensions into the response, after its own, so
 * {@code code} here wins over the class-name default.
 */
public class ApiError extends RuntimeException implements GraphQLError {

  /** The code of every failure of the gateway itself, as opposed to a provider's or the input's. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  private final String code;
  private final Provider provider;
  private final String reference;
  private final String field;
  private final String correlationId;

  private ApiError(String message, String code, Provider provider) {
    this(message, code, provider, null, null);
  }

  private ApiError(String message, String code, Provider provider, String reference, String field) {
    this(message, code, provider, reference, field, null);
  }

  private ApiError(
      String message,
      String code,
      Provider provider,
      String reference,
      String field,
      String correlationId) {
    super(message, null, false, false);
    this.code = code;
    this.provider = provider;
    this.reference = reference;
    this.field = field;
    this.correlationId = correlationId;
  }

  /**
   * A write that may or may not have happened: never reported as failed. The reference is the one
   * to look for at the provider; the same mutation again finds the order where it can.
   */
  public static ApiError outcomeUnknown(Provider provider, String reference, String message) {
    return new ApiError(message, "OUTCOME_UNKNOWN", provider, reference, null);
  }

  /** The gateway's reference store could not be asked, so the write was refused unsent. */
  public static ApiError referenceStoreUnavailable(ReferenceStoreUnavailableException e) {
    return new ApiError(e.getMessage(), e.code(), null);
  }

  public static ApiError badUserInput(String message) {
    return new ApiError(message, "BAD_USER_INPUT", null);
  }

  /**
   * Bad input in one argument or input field, named in {@code extensions.field} (e.g. {@code
   * filter.skus}).
   */
  public static ApiError badUserInput(String field, String message) {
    return new ApiError(message, "BAD_USER_INPUT", null, null, field);
  }

  /** The provider cannot do what was asked, whatever its state. */
  public static ApiError unsupported(Provider provider, String message) {
    return new ApiError(message, "UNSUPPORTED", provider);
  }

  /** The provider's failure under its own code; the message holds no credential by construction. */
  public static ApiError of(ProviderException failure) {
    return new ApiError(
        failure.getMessage(),
        failure.code(),
        failure.provider(),
        null,
        null,
        failure instanceof GatewayFaultException fault ? fault.correlationId() : null);
  }

  /**
   * A failure of the gateway's own code outside any provider's part: {@code INTERNAL_ERROR} with
   * the correlation id that the log line of its stack trace carries.
   */
  public static ApiError internal(String correlationId) {
    return new ApiError(
        "Internal error of the gateway (correlation id " + correlationId + ")",
        INTERNAL_ERROR,
        null,
        null,
        null,
        correlationId);
  }

  /** The subscription ended because its subscriber fell too far behind. */
  public static ApiError subscriberTooSlow(SubscriberTooSlowException e) {
    return new ApiError(e.getMessage(), e.code(), null);
  }

  public String code() {
    return code;
  }

  @Override
  public Map<String, Object> getExtensions() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code);
    if (provider != null) {
      extensions.put("provider", provider.name());
    }
    if (reference != null) {
      extensions.put("reference", reference);
    }
    if (field != null) {
      extensions.put("field", field);
    }
    if (correlationId != null) {
      extensions.put("correlationId", correlationId);
    }
    return extensions;
  }

  @Override
  public List<SourceLocation> getLocations() {
    return null;
  }

  @Override
  public ErrorClassification getErrorType() {
    return ErrorType.DataFetchingException;
  }
}
