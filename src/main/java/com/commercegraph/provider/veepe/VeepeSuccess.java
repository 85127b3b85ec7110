package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * VeePe's answer to updates: {@code {"success": true}}, or {@code "true"} as a string in the status
 * example; Jackson reads both as a boolean.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeSuccess(Boolean success) {}
