package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A REC+ product. List items carry the basic fields only ({@code id, code, name, status, price})
 * unless {@code fields=*} is asked for; {@code desc} and {@code stock} come with full data.
 *
 * @param desc HTML
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusProduct(
    long id,
    String code,
    String name,
    String status,
    String desc,
    RecplusPrice price,
    RecplusProductStock stock) {}
