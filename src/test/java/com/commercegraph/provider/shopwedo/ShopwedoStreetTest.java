package com.commercegraph.provider.shopwedo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShopwedoStreetTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Main Street 12|Main Street|12|-",
        "12 Main Street|Main Street|12|-",
        "221B Baker Street|Baker Street|221B|-",
        "12, rue de Rivoli|rue de Rivoli|12|-",
        "Kerkstraat 12 bus 3|Kerkstraat|12|3",
        "Kerkstraat 12 box 3|Kerkstraat|12|3",
        "Rue de la Loi 16 bte 4|Rue de la Loi|16|4",
        "Kerkstraat 12/3|Kerkstraat|12|3",
        "Kerkstraat 12 b3|Kerkstraat|12|3",
        "Kerkstraat 12A|Kerkstraat|12A|-",
        "Kerkstraat 12 A|Kerkstraat|12A|-",
        "Kerkstraat 12-14|Kerkstraat|12-14|-",
        "Kerkstraat, 12|Kerkstraat|12|-",
        "  Kerkstraat   12  bus  3 , |Kerkstraat|12|3",
        "Straße des 17. Juni 135|Straße des 17. Juni|135|-",
      })
  void lineOneIsSplitIntoStreetNumberAndBox(String line, String street, String number, String box) {
    assertThat(ShopwedoStreet.parse(line)).contains(new ShopwedoStreet(street, number, box));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Main Street", "12", "12 34", "", "Flat 3, Main Street"})
  void lineWithoutAStreetAndANumberIsNotSplit(String line) {
    assertThat(ShopwedoStreet.parse(line)).isEmpty();
  }
}
