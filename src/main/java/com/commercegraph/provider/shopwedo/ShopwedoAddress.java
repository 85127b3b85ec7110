package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ShopWeDo address, as sent with createOrder and returned by getOrder. Street and house number
 * are separate fields (shopwedo-api.txt: street, number, box).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShopwedoAddress(
    String firstname,
    String lastname,
    String company,
    String vat,
    String street,
    String number,
    String box,
    String zip,
    String city,
    @JsonProperty("country_iso2") String countryIso2,
    String email,
    String phone) {}
