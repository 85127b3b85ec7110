package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Items and free metadata of a VeePe order.
 *
 * @param metadata veepe-api.txt: {@code orderDetails.metadata.<anyKey>}, string values such as
 *     {@code note} and {@code source}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeepeOrderDetails(List<VeepeItem> items, Map<String, String> metadata) {}
