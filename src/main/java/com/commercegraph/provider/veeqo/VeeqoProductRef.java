package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The product a sellable belongs to, as Veeqo embeds it in an order's line items. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeeqoProductRef(long id, String title, String description) {}
