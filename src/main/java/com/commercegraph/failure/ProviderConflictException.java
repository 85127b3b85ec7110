package com.commercegraph.failure;

/** The provider refused the request because of the resource's state (409). */
public class ProviderConflictException extends ProviderException {

  public ProviderConflictException(ProviderFailure failure) {
    this(failure, null);
  }

  public ProviderConflictException(ProviderFailure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public String code() {
    return "CONFLICT";
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
