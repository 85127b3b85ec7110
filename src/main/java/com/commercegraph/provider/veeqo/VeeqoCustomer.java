package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record VeeqoCustomer(
    Long id,
    String email,
    String phone,
    String mobile,
    @JsonProperty("billing_address") VeeqoAddress billingAddress) {}
