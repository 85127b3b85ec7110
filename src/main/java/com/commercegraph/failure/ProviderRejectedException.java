package com.commercegraph.failure;

/** The provider refused the request as invalid (400, 415, 422 and other 4xx). */
public class ProviderRejectedException extends ProviderException {

  public ProviderRejectedException(ProviderFailure failure) {
    this(failure, null);
  }

  public ProviderRejectedException(ProviderFailure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public String code() {
    return "PROVIDER_REJECTED";
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
