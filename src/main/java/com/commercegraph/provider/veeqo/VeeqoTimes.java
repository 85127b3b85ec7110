package com.commercegraph.provider.veeqo;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Veeqo's two time formats: ISO 8601 in bodies, {@code YYYY-MM-DD HH:MM:SS} in filters. */
final class VeeqoTimes {

  private static final DateTimeFormatter FILTER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private VeeqoTimes() {}

  /**
   * A filter value such as {@code created_at_min}, as UTC wall time. orders.md gives the format but
   * no zone; callers widen the time by {@link VeeqoProvider#ZONE_SLACK} so that whatever zone Veeqo
   * reads it in, nothing of the window is left out. Sub-second parts are cut off, which at worst
   * includes an entity from the same second.
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
