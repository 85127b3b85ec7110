package com.commercegraph.resilience;

import java.time.Instant;
import java.util.Optional;

/**
 * The latest failure of a provider that says something about the provider itself.
 *
 * @param code the gateway's error code (PROVIDER_UNAVAILABLE, PROVIDER_AUTH_FAILED, ...)
 * @param httpStatus the provider's status, absent when no answer came
 */
public record LastFailure(String code, Optional<Integer> httpStatus, Instant at) {}
