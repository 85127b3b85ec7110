package com.commercegraph.resilience;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's {@code /q/metrics} as Prometheus scrapes it, read series by series (an exemplar
 * after a value, {@code # {trace_id=...}}, is skipped).
 */
public record ScrapedMetrics(List<Series> series) {

  private static final Pattern LINE =
      Pattern.compile(
          "^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)\\})? (\\S+)(?: .*)?$", Pattern.MULTILINE);
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One sample: a metric name, its labels, its value. */
  public record Series(String name, Map<String, String> labels, double value) {}

  public static ScrapedMetrics read() {
    String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    return parse(text);
  }

  static ScrapedMetrics parse(String text) {
    Matcher line = LINE.matcher(text);
    List<Series> all = new java.util.ArrayList<>();
    while (line.find()) {
      Map<String, String> labels = new LinkedHashMap<>();
      if (line.group(2) != null) {
        Matcher label = LABEL.matcher(line.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      all.add(new Series(line.group(1), labels, Double.parseDouble(line.group(3))));
    }
    return new ScrapedMetrics(all);
  }

  /** True when any series has this name. */
  public boolean has(String name) {
    return series.stream().anyMatch(s -> s.name().equals(name));
  }

  /**
   * The sum of the series of this name whose labels include every one given ("key", "value", ...);
   * 0 when there is none.
   */
  public double value(String name, String... labels) {
    return series.stream()
        .filter(s -> s.name().equals(name))
        .filter(s -> matches(s.labels(), labels))
        .mapToDouble(Series::value)
        .sum();
  }

  private static boolean matches(Map<String, String> actual, String... wanted) {
    for (int i = 0; i + 1 < wanted.length; i += 2) {
      if (!wanted[i + 1].equals(actual.get(wanted[i]))) {
        return false;
      }
    }
    return true;
  }
}
