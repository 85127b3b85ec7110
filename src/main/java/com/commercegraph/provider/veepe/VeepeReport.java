package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A generated (or pending) VeePe report.
 *
 * @param status PENDING, COMPLETED or FAILED
 * @param downloadLink null while pending or failed
 * @param createdAt ISO-8601 text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeReport(
    String reportId,
    String type,
    String status,
    String message,
    String downloadLink,
    String createdAt) {}
