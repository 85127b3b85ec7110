package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An amount as VeePe sends and takes it.
 *
 * @param value minor units (paise, cents); veepe-api.txt: floating point values are not allowed
 * @param currency ISO 4217 code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeAmount(
    @JsonDeserialize(using = VeepeMinorUnits.class) Long value, String currency) {}
