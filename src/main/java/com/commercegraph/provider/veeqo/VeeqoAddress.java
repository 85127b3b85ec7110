package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Veeqo address: read from {@code deliver_to} and {@code customer.billing_address}, and sent as
 * {@code deliver_to_attributes} and {@code billing_address_attributes} (orders.md, same fields).
 *
 * @param country ISO 3166-1 alpha-2 (orders.md: "Country (ISO-2 code)")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeeqoAddress(
    Long id,
    @JsonProperty("first_name") String firstName,
    @JsonProperty("last_name") String lastName,
    String company,
    String address1,
    String address2,
    String city,
    String state,
    String zip,
    String country,
    String phone,
    String email) {}
