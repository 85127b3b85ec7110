package com.commercegraph.provider.recplus;

import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.money.Money;
import com.commercegraph.order.OrderLine;
import com.commercegraph.registry.Provider;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Folds REC+ order lines into the gateway's product lines (NOTES.md, recplus-api.txt order
 * example):
 *
 * <ul>
 *   <li>a PRODUCT line is one order line; sku is {@code rel_data.product.code} (a variation code
 *       where the site has variations), productRef {@code rel_data.product.id};
 *   <li>its OPTION lines ({@code line_rel_id} = the product line's id) are folded in: their unit
 *       price adds to the product's, their text ("Multi Pack: Yes") goes into the name. In the
 *       documented order the option lines cost 0.00 and the product line already includes the
 *       surcharges (132.00 + 4.20 + 1.20 = 137.40 incl. VAT), so adding them is exact there and
 *       still right for sites that price options on their own lines. An option whose product line
 *       is missing is dropped;
 *   <li>DELIVERY and COUPON lines are not products: the order mapper turns them into shipping and
 *       discount. Line types REC+ may add later are not order lines either.
 * </ul>
 *
 * Amounts include VAT, like the order total: REC+'s {@code price} is the line total incl. VAT,
 * 137.40 = (114.5 + 22.9) x 1 in the example. The line's total is that exact decimal string (with
 * its options'); the unit price is derived from it, never from the float {@code each_price_*}
 * fields. The line's discount is {@code each_price_discount_ex_vat} plus {@code
 * each_price_discount_vat}, per unit, times the quantity. recplus-api.txt does not say whether
 * {@code price} is before or after that discount (its example has none); it is read as after, the
 * amount charged, as {@code totals.price} is the amount to pay after coupons.
 */
final class RecplusOrderLines {

  /**
   * recplus-api.txt: line and order prices incl. VAT; products as the site shows them, incl. VAT.
   */
  static final Boolean TAX_INCLUDED = true;

  private RecplusOrderLines() {}

  static List<OrderLine> productLines(List<RecplusOrderLine> lines, String currency) {
    Map<Long, List<RecplusOrderLine>> optionsByParent =
        lines.stream()
            .filter(line -> line.is(RecplusOrderLine.OPTION))
            .sorted(Comparator.comparingLong(RecplusOrderLine::id))
            .collect(Collectors.groupingBy(RecplusOrderLine::lineRelId));
    return lines.stream()
        .filter(line -> line.is(RecplusOrderLine.PRODUCT))
        .map(
            line -> productLine(line, optionsByParent.getOrDefault(line.id(), List.of()), currency))
        .toList();
  }

  /** The sum of the {@code price} of every line of this type, or null when there is none. */
  static BigDecimal total(List<RecplusOrderLine> lines, String type) {
    return lines.stream()
        .filter(line -> line.is(type) && line.price() != null)
        .map(RecplusOrderLine::price)
        .reduce(BigDecimal::add)
        .orElse(null);
  }

  private static OrderLine productLine(
      RecplusOrderLine line, List<RecplusOrderLine> options, String currency) {
    RecplusRef product = line.relData() == null ? null : line.relData().product();
    BigDecimal total = orZero(line.price());
    BigDecimal discountPerUnit = discountPerUnit(line);
    for (RecplusOrderLine option : options) {
      total = total.add(orZero(option.price()));
      discountPerUnit = discountPerUnit.add(discountPerUnit(option));
    }
    BigDecimal discount = discountPerUnit.multiply(BigDecimal.valueOf(line.qty()));
    return new OrderLine(
        product == null ? null : product.code(),
        name(line, product, options),
        line.qty(),
        unitPrice(total.add(discount), line.qty(), currency),
        exact(total, currency),
        // The discount fields are computed floats as often as not: rounded to the currency.
        Money.rounded(discount, currency),
        TAX_INCLUDED,
        product == null || product.id() == null ? null : String.valueOf(product.id()),
        null);
  }

  /**
   * The undiscounted line total shared over its units: exact where it divides into whole minor
   * units (as REC+'s own totals do), else rounded half-up, the line's total staying exact.
   */
  private static Money unitPrice(BigDecimal lineTotal, int quantity, String currency) {
    if (quantity <= 0) {
      return exact(lineTotal, currency);
    }
    return Money.rounded(
        lineTotal.divide(BigDecimal.valueOf(quantity), MathContext.DECIMAL64), currency);
  }

  private static BigDecimal discountPerUnit(RecplusOrderLine line) {
    return orZero(line.eachPriceDiscountExVat()).add(orZero(line.eachPriceDiscountVat()));
  }

  private static Money exact(BigDecimal amount, String currency) {
    try {
      return Money.exact(amount, currency);
    } catch (ArithmeticException e) {
      throw new ProviderBadResponseException(
          new ProviderFailure(
              Provider.RECPLUS,
              null,
              null,
              "line price with more decimals than " + currency,
              false),
          e);
    }
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static String name(
      RecplusOrderLine line, RecplusRef product, List<RecplusOrderLine> options) {
    String name =
        product != null && product.name() != null && !product.name().isBlank()
            ? product.name()
            : line.lineDesc();
    if (options.isEmpty()) {
      return name;
    }
    return name
        + " ("
        + options.stream().map(RecplusOrderLines::optionText).collect(Collectors.joining(", "))
        + ")";
  }

  private static String optionText(RecplusOrderLine option) {
    RecplusRef ref = option.relData() == null ? null : option.relData().option();
    if (ref != null && ref.group() != null && ref.desc() != null) {
      return ref.group() + ": " + ref.desc();
    }
    return option.lineDesc() == null ? "" : option.lineDesc().trim();
  }
}
