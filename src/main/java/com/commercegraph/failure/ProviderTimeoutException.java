package com.commercegraph.failure;

/** The provider did not answer within the configured time. */
public class ProviderTimeoutException extends ProviderException {

  public ProviderTimeoutException(ProviderFailure failure) {
    this(failure, null);
  }

  public ProviderTimeoutException(ProviderFailure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public String code() {
    return "PROVIDER_TIMEOUT";
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
