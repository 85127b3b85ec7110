package com.commercegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the report list: the provider's page (null for the first) and how many of its reports
 * were already taken. The provider's page size is its own, so the cursor counts within its pages.
 */
record ReportCursor(String page, int taken) {

  private static final Pattern SHAPE = Pattern.compile("reports:([0-9]{1,9})?:([0-9]{1,9})");

  static final ReportCursor START = new ReportCursor(null, 0);

  String encode() {
    String text = "reports:" + (page == null ? "" : page) + ":" + taken;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, START for none; BAD_USER_INPUT for anything this class did not make. */
  static ReportCursor decode(String after) {
    if (after == null) {
      return START;
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badUserInput("after", "after is not a cursor of this list");
    }
    Matcher matcher = SHAPE.matcher(text);
    if (!matcher.matches()) {
      throw ApiError.badUserInput("after", "after is not a cursor of this list");
    }
    return new ReportCursor(matcher.group(1), Integer.parseInt(matcher.group(2)));
  }
}
