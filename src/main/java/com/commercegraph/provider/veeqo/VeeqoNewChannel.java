package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A channel to create, sent as {@code {"channel": {...}}} without null fields (stores.md "Create a
 * Store", veeqo-amazon-buyer-protection.txt step 1).
 *
 * @param typeCode {@code direct}, {@code retail}, or {@code custom_integration}
 * @param shortName at most 2 characters for custom integration channels
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeeqoNewChannel(
    String name,
    @JsonProperty("type_code") String typeCode,
    @JsonProperty("currency_code") String currencyCode,
    @JsonProperty("short_name") String shortName,
    @JsonProperty("default_warehouse_id") Long defaultWarehouseId,
    String email,
    @JsonProperty("veeqo_dictates_stock_level") Boolean veeqoDictatesStockLevel,
    @JsonProperty("custom_integration_channel_specific_attributes")
        CustomIntegration customIntegration) {

  /**
   * @param integrationType {@code amazon} for an Amazon custom integration channel
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CustomIntegration(@JsonProperty("integration_type") String integrationType) {}
}
