package com.commercegraph.failure;

import com.commercegraph.registry.Provider;

/** The provider is not configured, so the gateway does not call it. */
public class ProviderDisabledException extends ProviderException {

  public ProviderDisabledException(ProviderFailure failure) {
    this(failure, null);
  }

  public static ProviderDisabledException of(Provider provider) {
    return new ProviderDisabledException(
        new ProviderFailure(provider, null, null, "not configured", false));
  }

  public ProviderDisabledException(ProviderFailure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public String code() {
    return "PROVIDER_DISABLED";
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
