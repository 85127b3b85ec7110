package com.commercegraph.provider.veepe;

import java.time.Instant;

/**
 * The body of {@code POST /reports}.
 *
 * @param type such as {@code ORDER_REPORT}
 * @param startTimestamp epoch milliseconds as a string, as veepe-api.txt documents it
 * @param endTimestamp epoch milliseconds as a string
 */
public record VeepeReportRequest(String type, String startTimestamp, String endTimestamp) {

  public static VeepeReportRequest of(String type, Instant start, Instant end) {
    return new VeepeReportRequest(
        type, String.valueOf(start.toEpochMilli()), String.valueOf(end.toEpochMilli()));
  }
}
