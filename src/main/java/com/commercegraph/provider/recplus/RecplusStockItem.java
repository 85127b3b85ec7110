package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * Stock of one product or variation code, from {@code GET /stock} and {@code GET /stock/{code}}.
 * recplus-api.txt only says these carry "code, stock qty &amp; costs"; the names are the ones of
 * its batch update example {@code {"code": "xyz", "stock": 84, "cost": "3.50"}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusStockItem(String code, Integer stock, BigDecimal cost) {}
