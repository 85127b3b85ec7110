package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * An order's totals. In the documented order {@code price} is the amount to pay including VAT,
 * after coupons: 137.40 + 16.80 + 0.00 - 154.20 = 0.00.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusTotals(Integer qty, BigDecimal price, BigDecimal vat, BigDecimal delivery) {}
