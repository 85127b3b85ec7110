package com.commercegraph.cache;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cache counters the gateway publishes on {@code /q/metrics}, as a scraper reads them (an
 * exemplar after a value is skipped).
 */
record CacheMetrics(String text) {

  private static final Pattern GETS =
      Pattern.compile("^cache_gets_total\\{([^}]*)\\} (\\S+)(?: .*)?$", Pattern.MULTILINE);

  static CacheMetrics read() {
    return new CacheMetrics(
        given().when().get("/q/metrics").then().statusCode(200).extract().asString());
  }

  /** {@code cache_gets_total} of one cache and result (hit or miss); 0 before the first get. */
  double gets(String cache, String result) {
    Matcher line = GETS.matcher(text);
    while (line.find()) {
      String labels = line.group(1);
      if (labels.contains("cache=\"" + cache + "\"")
          && labels.contains("result=\"" + result + "\"")) {
        return Double.parseDouble(line.group(2));
      }
    }
    return 0;
  }
}
