package com.commercegraph.provider.recplus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * REC+ country names onto ISO 3166-1 alpha-2 codes. REC+ sends names ("United States", "UK") in
 * {@code region.country}; names are matched ignoring case against the English display names of all
 * ISO countries plus the usual short forms. A name that matches nothing gives no code rather than a
 * guess.
 */
final class RecplusCountries {

  private static final Map<String, String> CODES = codes();

  private RecplusCountries() {}

  /** The alpha-2 code, or null when the name is blank or unknown. */
  static String code(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return CODES.get(name.trim().toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> codes() {
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      codes.put(code.toLowerCase(Locale.ROOT), code);
      codes.put(
          new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    Map.of(
            "uk", "GB",
            "great britain", "GB",
            "england", "GB",
            "scotland", "GB",
            "wales", "GB",
            "northern ireland", "GB",
            "usa", "US",
            "united states of america", "US")
        .forEach(codes::put);
    return Map.copyOf(codes);
  }
}
