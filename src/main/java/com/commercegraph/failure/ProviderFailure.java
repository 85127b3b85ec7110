package com.commercegraph.failure;

import com.commercegraph.registry.Provider;

/**
 * The facts about one failed provider call, as read from the response (or its absence).
 *
 * @param httpStatus null when no response arrived
 * @param providerCode the provider's own error code, where its body has one
 * @param providerMessage the provider's own message, where its body has one
 * @param outcomeUnknown a write was sent and no answer says whether it was applied
 */
public record ProviderFailure(
    Provider provider,
    Integer httpStatus,
    String providerCode,
    String providerMessage,
    boolean outcomeUnknown) {

  public static ProviderFailure status(
      Provider provider, int httpStatus, String providerCode, String providerMessage) {
    return new ProviderFailure(provider, httpStatus, providerCode, providerMessage, false);
  }
}
