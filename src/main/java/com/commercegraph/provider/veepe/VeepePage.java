package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of a VeePe list. veepe-api.txt's samples send the numbers as strings ({@code "84"});
 * Jackson reads strings and numbers alike into these fields. The page size is VeePe's own.
 *
 * @param page 1-based
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepePage<T>(Long totalRecords, Integer totalPages, Integer page, List<T> data) {}
