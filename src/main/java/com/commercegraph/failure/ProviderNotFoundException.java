package com.commercegraph.failure;

/** The provider has no such resource (404). */
public class ProviderNotFoundException extends ProviderException {

  public ProviderNotFoundException(ProviderFailure failure) {
    this(failure, null);
  }

  public ProviderNotFoundException(ProviderFailure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public String code() {
    return "NOT_FOUND";
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
