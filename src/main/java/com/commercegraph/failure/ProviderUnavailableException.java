package com.commercegraph.failure;

/** The provider failed on its side (5xx) or could not be reached. */
public class ProviderUnavailableException extends ProviderException {

  public ProviderUnavailableException(ProviderFailure failure) {
    this(failure, null);
  }

  public ProviderUnavailableException(ProviderFailure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public String code() {
    return "PROVIDER_UNAVAILABLE";
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
