package com.commercegraph.failure;

/** The provider refused the gateway's credentials (401/403). */
public class ProviderAuthException extends ProviderException {

  public ProviderAuthException(ProviderFailure failure) {
    this(failure, null);
  }

  public ProviderAuthException(ProviderFailure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public String code() {
    return "PROVIDER_AUTH_FAILED";
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
