package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code paging} object of every list answer.
 *
 * @param nextPageHref null on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusPaging(
    Long offset, Integer limit, @JsonProperty("next_page_href") String nextPageHref) {}
