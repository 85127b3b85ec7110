package com.commercegraph.graphql;

import com.commercegraph.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Money")
@Description(
    "Exact money. amount is a decimal in major units; minorUnits is the same value in the currency's"
        + " minor unit.")
public record MoneyView(
    @NonNull BigDecimal amount, @NonNull BigInteger minorUnits, @NonNull String currencyCode) {

  public static MoneyView of(Money money) {
    return money == null
        ? null
        : new MoneyView(money.amount(), money.minorUnits(), money.currencyCode());
  }
}
