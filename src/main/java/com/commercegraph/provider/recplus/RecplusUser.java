package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The customer account an order belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusUser(
    Long id,
    @JsonProperty("full_name") String fullName,
    String email,
    @JsonProperty("billing_address") RecplusAddress billingAddress) {}
