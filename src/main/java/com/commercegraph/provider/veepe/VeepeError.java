package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * VeePe's error body. veepe-api.txt shows {@code errorCode} as a number in its example ({@code
 * 1006}) and as a name in its table ({@code INVALID_REQUEST}); it is read as text either way.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeError(String errorCode, String errorMessage) {}
