package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Veeqo channel ("store", stores.md), as listed, created, or embedded in an order.
 *
 * @param customIntegration set on custom integration channels (veeqo-amazon-buyer-protection.txt)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeeqoChannel(
    Long id,
    String name,
    @JsonProperty("type_code") String typeCode,
    @JsonProperty("short_name") String shortName,
    @JsonProperty("currency_code") String currencyCode,
    String state,
    @JsonProperty("custom_integration_channel_specific")
        VeeqoNewChannel.CustomIntegration customIntegration) {}
