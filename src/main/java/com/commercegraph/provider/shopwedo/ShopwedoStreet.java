package com.commercegraph.provider.shopwedo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first address line split the way ShopWeDo stores it: {@code street}, {@code number} and {@code
 * box} (shopwedo-api.txt, createOrder). The rules, in this order:
 *
 * <ol>
 *   <li>number last, as in Belgium and the Netherlands: {@code Kerkstraat 12}, {@code Rue de la Loi
 *       16 bte 4}, {@code Kerkstraat 12 bus 3}, {@code Kerkstraat 12/3}, {@code Kerkstraat 12A}.
 *       The box follows the number after {@code bus}, {@code box}, {@code bte}, {@code boîte},
 *       {@code b} or a slash. With digits inside the street ({@code Straße des 17. Juni 135}) the
 *       last number is the house number;
 *   <li>number first, as in Britain and France: {@code 12 Main Street}, {@code 221B Baker Street},
 *       {@code 12, rue de Rivoli}.
 * </ol>
 *
 * A house number is digits with an optional letter and an optional range ({@code 12-14}); the
 * street must hold a letter. A line that fits neither rule has no number and is refused before
 * anything is sent, rather than guessed at.
 */
record ShopwedoStreet(String street, String number, String box) {

  private static final String NUMBER =
      "\\d+(?:\\s?\\p{L}(?!\\p{L}))?(?:\\s?[-–]\\s?\\d+(?:\\p{L}(?!\\p{L}))?)?";
  private static final String BOX_MARKER = "(?:bus|box|bte\\.?|boîte|b\\.?|/)";

  private static final Pattern NUMBER_LAST =
      Pattern.compile(
          "^(?<street>.*?\\p{L}.*?)[\\s,]+(?<number>"
              + NUMBER
              + ")(?:\\s*,?\\s*"
              + BOX_MARKER
              + "\\s*(?<box>[\\p{L}\\d]+))?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern NUMBER_FIRST =
      Pattern.compile(
          "^(?<number>" + NUMBER + ")[\\s,]+(?<street>.*\\p{L}.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The parts of the line, or empty when no house number can be found in it. */
  static Optional<ShopwedoStreet> parse(String line1) {
    if (line1 == null) {
      return Optional.empty();
    }
    String line = line1.trim().replaceAll("\\s+", " ").replaceAll("[\\s,]+$", "");
    Matcher last = NUMBER_LAST.matcher(line);
    if (last.matches()) {
      return Optional.of(
          new ShopwedoStreet(
              last.group("street").trim(), compact(last.group("number")), last.group("box")));
    }
    Matcher first = NUMBER_FIRST.matcher(line);
    if (first.matches()) {
      return Optional.of(
          new ShopwedoStreet(first.group("street").trim(), compact(first.group("number")), null));
    }
    return Optional.empty();
  }

  /** The same street with this box, where the line itself had none. */
  ShopwedoStreet withBox(String otherBox) {
    return new ShopwedoStreet(street, number, otherBox);
  }

  private static String compact(String number) {
    return number.replaceAll("\\s", "");
  }
}
