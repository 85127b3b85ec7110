package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A product's prices, decimal strings on the wire.
 *
 * @param specialOffer "0.00" when the product has no special offer
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusPrice(
    BigDecimal normal, @JsonProperty("special_offer") BigDecimal specialOffer) {}
