package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A text in ShopWeDo's four languages. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopwedoTranslations(String nl, String fr, String en, String de) {}
