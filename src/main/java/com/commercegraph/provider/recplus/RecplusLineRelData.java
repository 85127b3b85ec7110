package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An order line's {@code rel_data}: the one reference that matches its {@code line_type}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusLineRelData(
    RecplusRef product, RecplusRef option, RecplusRef delivery, RecplusRef coupon) {}
