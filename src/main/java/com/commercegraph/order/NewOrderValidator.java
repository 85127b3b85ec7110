package com.commercegraph.order;

import com.commercegraph.money.Money;
import com.commercegraph.write.InputProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every new order passes before any provider sees it: required fields, lengths,
 * quantities, ISO currency and country codes, e-mail addresses, and money with no more decimals
 * than its currency has. Field paths start at the mutation's {@code input} argument.
 */
public final class NewOrderValidator {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  // Deliberately simple: one @, no spaces, a dot in the domain. Providers check deliverability.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,30}");
  private static final int MAX_LINES = 500;
  private static final int MAX_QUANTITY = 100_000;

  private NewOrderValidator() {}

  public static List<InputProblem> problems(NewOrder order) {
    List<InputProblem> problems = new ArrayList<>();
    text(problems, order.reference(), 50, true, "input", "reference");
    text(problems, order.note(), 1000, false, "input", "note");
    customer(problems, order.customer());
    address(problems, order.shippingAddress(), "shippingAddress");
    address(problems, order.billingAddress(), "billingAddress");
    lines(problems, order.lines());
    total(problems, order);
    return problems;
  }

  private static void customer(List<InputProblem> problems, Customer customer) {
    if (customer == null) {
      problems.add(InputProblem.of("REQUIRED", "customer is required", "input", "customer"));
      return;
    }
    text(problems, customer.name(), 200, true, "input", "customer", "name");
    email(problems, customer.email(), "input", "customer", "email");
    phone(problems, customer.phone(), "input", "customer", "phone");
  }

  private static void address(List<InputProblem> problems, Address address, String name) {
    if (address == null) {
      return;
    }
    text(problems, address.name(), 200, false, "input", name, "name");
    text(problems, address.line1(), 200, true, "input", name, "line1");
    text(problems, address.line2(), 200, false, "input", name, "line2");
    text(problems, address.city(), 100, true, "input", name, "city");
    text(problems, address.postalCode(), 20, true, "input", name, "postalCode");
    if (address.countryCode() == null || !COUNTRIES.contains(address.countryCode())) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "countryCode must be an ISO 3166-1 alpha-2 code such as GB",
              "input",
              name,
              "countryCode"));
    }
    email(problems, address.email(), "input", name, "email");
    phone(problems, address.phone(), "input", name, "phone");
  }

  private static void lines(List<InputProblem> problems, List<NewOrderLine> lines) {
    if (lines.isEmpty() || lines.size() > MAX_LINES) {
      problems.add(
          InputProblem.of(
              "INVALID", "an order has 1 to " + MAX_LINES + " lines", "input", "lines"));
      return;
    }
    String currency = null;
    for (int i = 0; i < lines.size(); i++) {
      NewOrderLine line = lines.get(i);
      String index = String.valueOf(i);
      text(problems, line.sku(), 100, true, "input", "lines", index, "sku");
      text(problems, line.name(), 200, false, "input", "lines", index, "name");
      text(problems, line.remoteId(), 100, false, "input", "lines", index, "remoteId");
      if (line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
        problems.add(
            InputProblem.of(
                "INVALID",
                "quantity must be between 1 and " + MAX_QUANTITY,
                "input",
                "lines",
                index,
                "quantity"));
      }
      Money price = line.unitPrice();
      if (price != null) {
        if (!money(problems, price, "input", "lines", index, "unitPrice")) {
          continue;
        }
        if (currency == null) {
          currency = price.currencyCode();
        } else if (!currency.equals(price.currencyCode())) {
          problems.add(
              InputProblem.of(
                  "CURRENCY_MISMATCH",
                  "every line must be priced in the same currency",
                  "input",
                  "lines",
                  index,
                  "unitPrice",
                  "currencyCode"));
        }
      }
    }
  }

  private static void total(List<InputProblem> problems, NewOrder order) {
    Money expected = order.expectedTotal();
    if (expected == null || !money(problems, expected, "input", "total")) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (NewOrderLine line : order.lines()) {
      if (line.unitPrice() == null
          || !line.unitPrice().currencyCode().equals(expected.currencyCode())) {
        problems.add(
            InputProblem.of(
                "TOTAL_MISMATCH",
                "total can only be checked when every line has a price in its currency",
                "input",
                "total"));
        return;
      }
      sum = sum.add(line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())));
    }
    if (sum.compareTo(expected.amount()) != 0) {
      problems.add(
          InputProblem.of(
              "TOTAL_MISMATCH",
              "total is "
                  + expected.amount().toPlainString()
                  + " but the lines add up to "
                  + sum.toPlainString(),
              "input",
              "total"));
    }
  }

  /** True when the money is usable: a real currency, not negative, and no extra decimals. */
  static boolean money(List<InputProblem> problems, Money money, String... field) {
    int exponent;
    try {
      exponent = Currency.getInstance(money.currencyCode()).getDefaultFractionDigits();
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(
          InputProblem.of(
              "INVALID", "currencyCode must be an ISO 4217 code", append(field, "currencyCode")));
      return false;
    }
    if (money.amount().signum() < 0) {
      problems.add(
          InputProblem.of("INVALID", "amount must not be negative", append(field, "amount")));
      return false;
    }
    if (money.amount().stripTrailingZeros().scale() > Math.max(exponent, 0)) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "amount has more decimals than "
                  + money.currencyCode()
                  + " allows ("
                  + exponent
                  + ")",
              append(field, "amount")));
      return false;
    }
    return true;
  }

  private static void text(
      List<InputProblem> problems, String value, int max, boolean required, String... field) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(InputProblem.of("REQUIRED", field[field.length - 1] + " is required", field));
      }
      return;
    }
    if (value.length() > max) {
      problems.add(
          InputProblem.of(
              "TOO_LONG",
              field[field.length - 1] + " is longer than " + max + " characters",
              field));
    }
  }

  private static void email(List<InputProblem> problems, String email, String... field) {
    if (email != null
        && !email.isBlank()
        && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      problems.add(InputProblem.of("INVALID", "email is not an e-mail address", field));
    }
  }

  private static void phone(List<InputProblem> problems, String phone, String... field) {
    if (phone != null && !phone.isBlank() && !PHONE.matcher(phone).matches()) {
      problems.add(InputProblem.of("INVALID", "phone is not a phone number", field));
    }
  }

  private static String[] append(String[] field, String last) {
    String[] longer = java.util.Arrays.copyOf(field, field.length + 1);
    longer[field.length] = last;
    return longer;
  }
}
