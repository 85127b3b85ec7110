package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer address on a VeePe order.
 *
 * @param country ISO 3166-1 alpha-3 code in VeePe's samples ({@code IND})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeepeAddress(
    String street, String city, String state, String postalCode, String country) {}
