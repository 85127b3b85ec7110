package com.commercegraph.provider.recplus;

import com.commercegraph.money.Money;
import com.commercegraph.order.OrderLine;
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
 * Unit prices include VAT, like the order total: REC+'s {@code price} is the line total incl. VAT,
 * 137.40 = (114.5 + 22.9) x 1 in the example.
 */
final class RecplusOrderLines {

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
    BigDecimal unit = unitPrice(line);
    for (RecplusOrderLine option : options) {
      unit = unit.add(unitPrice(option));
    }
    return new OrderLine(
        product == null ? null : product.code(),
        name(line, product, options),
        line.qty(),
        Money.rounded(unit, currency),
        product == null || product.id() == null ? null : String.valueOf(product.id()));
  }

  /**
   * REC+'s own unit figures, ex VAT plus VAT. They are computed floats ({@code
   * 22.900000000000006}), so the caller rounds the sum to the currency on purpose. Without them the
   * line total is divided by the quantity.
   */
  private static BigDecimal unitPrice(RecplusOrderLine line) {
    if (line.eachPriceExVat() != null) {
      return line.eachPriceVat() == null
          ? line.eachPriceExVat()
          : line.eachPriceExVat().add(line.eachPriceVat());
    }
    BigDecimal total = line.price() == null ? BigDecimal.ZERO : line.price();
    return line.qty() <= 0
        ? total
        : total.divide(BigDecimal.valueOf(line.qty()), MathContext.DECIMAL64);
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
