package com.commercegraph.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency. Amounts are never held as binary floating point: provider values
 * are read as decimals from the wire text, or as integer minor units.
 *
 * @param amount major units, with at most the currency's number of decimals
 * @param currencyCode ISO 4217 code
 */
public record Money(BigDecimal amount, String currencyCode) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
  }

  /**
   * The exact amount, which must not have more decimals than the currency allows.
   *
   * @throws ArithmeticException when the amount has more decimals than the currency's minor unit
   */
  public static Money exact(BigDecimal amount, String currencyCode) {
    return new Money(
        amount.setScale(exponent(currencyCode), RoundingMode.UNNECESSARY), currencyCode);
  }

  /**
   * The amount rounded half-up to the currency's minor unit: for provider fields that are computed
   * floats on their side (REC+ {@code 22.900000000000006}), where the extra digits are noise.
   */
  public static Money rounded(BigDecimal amount, String currencyCode) {
    return new Money(amount.setScale(exponent(currencyCode), RoundingMode.HALF_UP), currencyCode);
  }

  /** From integer minor units (VeePe's paise and cents). */
  public static Money ofMinor(long minorUnits, String currencyCode) {
    return new Money(BigDecimal.valueOf(minorUnits, exponent(currencyCode)), currencyCode);
  }

  /** The same value in the currency's minor unit (cents, paise, fils). */
  public BigInteger minorUnits() {
    return amount.movePointRight(exponent(currencyCode)).toBigIntegerExact();
  }

  /**
   * Decimals of the currency's minor unit: JPY 0, most 2, KWD 3. Codes without one (gold, test
   * codes) count as 2.
   *
   * @throws IllegalArgumentException for a code that is not ISO 4217
   */
  public static int exponent(String currencyCode) {
    int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
    return digits < 0 ? 2 : digits;
  }
}
