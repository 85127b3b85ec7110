package com.commercegraph.provider.veeqo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Veeqo's two time formats: ISO 8601 in bodies, {@code YYYY-MM-DD HH:MM:SS} in filters. */
final class VeeqoTimes {

  private static final DateTimeFormatter FILTER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * How far apart the zone Veeqo reads a filter time in may be from UTC, in which the gateway
   * writes it. orders.md gives {@code created_at_min} and {@code updated_at_min} as {@code
   * YYYY-MM-DD HH:MM:SS} with no zone, and Veeqo accounts are set to a zone of their own; civil
   * zones lie between UTC-12 and UTC+14, so 14 hours either way covers every one of them. Every
   * Veeqo time filter is widened by it: a start moved this much earlier, an end this much later.
   */
  static final Duration ZONE_SLACK = Duration.ofHours(14);

  private VeeqoTimes() {}

  /** A filter's start moved earlier by {@link #ZONE_SLACK}: nothing after the start is left out. */
  static OffsetDateTime widenedStart(OffsetDateTime start) {
    return start == null ? null : start.minus(ZONE_SLACK);
  }

  /** A filter's end moved later by {@link #ZONE_SLACK}: nothing before the end is left out. */
  static OffsetDateTime widenedEnd(OffsetDateTime end) {
    return end == null ? null : end.plus(ZONE_SLACK);
  }

  /**
   * A filter value such as {@code created_at_min}, as UTC wall time. orders.md gives the format but
   * no zone; callers widen the time ({@link #widenedStart}, {@link #widenedEnd}) so that whatever
   * zone Veeqo reads it in, nothing of the window is left out. Sub-second parts are cut off, which
   * at worst includes an entity from the same second.
   */
  static String filter(OffsetDateTime time) {
    return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(FILTER);
  }

  /**
   * A body timestamp with the offset Veeqo sent ({@code 2018-01-19T18:11:06.820Z}). Every
   * documented sample has one; one without is read as UTC, Rails' default zone.
   *
   * @throws DateTimeParseException for text that is no ISO 8601 date-time
   */
  static OffsetDateTime parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException withoutOffset) {
      return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
    }
  }
}
