package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An address's region. REC+ sends the country as a display name ("United States", "UK"), not a
 * code.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusRegion(String country, String county) {}
