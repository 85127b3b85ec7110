package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an order line points at ({@code rel_data.product}, {@code .option}, {@code .delivery},
 * {@code .coupon}); each kind fills only some of the fields.
 *
 * @param group an option's group ("Multi Pack")
 * @param desc an option's value ("Yes")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusRef(Long id, String name, String code, String group, String desc) {}
