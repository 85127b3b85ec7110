package com.commercegraph.failure;

/** The provider answered with a body the gateway cannot read (malformed JSON, wrong shape). */
public class ProviderBadResponseException extends ProviderException {

  public ProviderBadResponseException(ProviderFailure failure) {
    this(failure, null);
  }

  public ProviderBadResponseException(ProviderFailure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public String code() {
    return "PROVIDER_BAD_RESPONSE";
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
