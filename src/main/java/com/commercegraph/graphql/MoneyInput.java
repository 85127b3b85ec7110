package com.commercegraph.graphql;

import com.commercegraph.money.Money;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MoneyInput")
public record MoneyInput(@NonNull BigDecimal amount, @NonNull String currencyCode) {

  /** As sent: decimals and currency are checked by the write's validation, not here. */
  Money toMoney() {
    return new Money(amount, currencyCode);
  }
}
