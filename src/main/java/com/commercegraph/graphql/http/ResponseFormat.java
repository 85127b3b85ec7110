package com.commercegraph.graphql.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two media types of GraphQL over HTTP. {@code application/graphql-response+json} lets the
 * status code tell a request the server refused (4xx, no {@code data}) from an executed one (200);
 * {@code application/json}, the legacy type, answers 200 for every well-formed request.
 */
enum ResponseFormat {
  GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
  JSON("application/json");

  private final String mediaType;

  ResponseFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  String contentType() {
    return mediaType + "; charset=utf-8";
  }

  /**
   * The format an {@code Accept} header asks for: the first of the highest quality that is one of
   * the two, {@code application/json} for a wildcard or no header; empty when none is acceptable.
   */
  static Optional<ResponseFormat> negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(JSON);
    }
    List<Offer> offers = new ArrayList<>();
    String[] ranges = accept.split(",");
    for (int i = 0; i < ranges.length; i++) {
      String[] parts = ranges[i].split(";");
      String range = parts[0].trim().toLowerCase(Locale.ROOT);
      double quality = 1;
      for (int p = 1; p < parts.length; p++) {
        String parameter = parts[p].trim();
        if (parameter.startsWith("q=")) {
          quality = parseQuality(parameter.substring(2));
        }
      }
      ResponseFormat format = forRange(range);
      if (format != null && quality > 0) {
        offers.add(new Offer(format, quality, i));
      }
    }
    return offers.stream()
        .sorted(Comparator.comparingDouble(Offer::quality).reversed().thenComparing(Offer::order))
        .map(Offer::format)
        .findFirst();
  }

  private static ResponseFormat forRange(String range) {
    return switch (range) {
      case "application/graphql-response+json" -> GRAPHQL_RESPONSE_JSON;
      case "application/json", "application/*", "*/*" -> JSON;
      default -> null;
    };
  }

  private static double parseQuality(String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private record Offer(ResponseFormat format, double quality, int order) {}
}
