package com.commercegraph.graphql;

import com.commercegraph.order.OrderSummary;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("OrderSummary")
@Description(
    "Dashboard figures over a time window: counts and totals per provider, totals kept per"
        + " currency.")
public record OrderSummaryView(
    @NonNull OffsetDateTime from,
    @NonNull OffsetDateTime to,
    int orderCount,
    @Description("One amount per currency; different currencies are never added.") @NonNull
        List<@NonNull MoneyView> totals,
    @Description("The providers that answered; a failing provider has an error instead.") @NonNull
        List<@NonNull ProviderOrderSummaryView> byProvider) {

  static OrderSummaryView of(OrderSummary summary) {
    return new OrderSummaryView(
        summary.from(),
        summary.to(),
        summary.orderCount(),
        summary.totals().stream().map(MoneyView::of).toList(),
        summary.byProvider().stream().map(ProviderOrderSummaryView::of).toList());
  }
}
