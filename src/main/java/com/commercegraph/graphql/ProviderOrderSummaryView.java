package com.commercegraph.graphql;

import com.commercegraph.order.OrderStatus;
import com.commercegraph.order.OrderSummary.ProviderSummary;
import com.commercegraph.registry.Provider;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ProviderOrderSummary")
@Description("One provider's figures over the window; totals kept per currency.")
public record ProviderOrderSummaryView(
    @NonNull Provider provider,
    int orderCount,
    @Description("The statuses that occur, in the order of the OrderStatus enum.") @NonNull
        List<@NonNull StatusCountView> byStatus,
    @NonNull List<@NonNull MoneyView> totals) {

  static ProviderOrderSummaryView of(ProviderSummary summary) {
    List<StatusCountView> byStatus =
        Arrays.stream(OrderStatus.values())
            .filter(summary.byStatus()::containsKey)
            .map(status -> new StatusCountView(status, summary.byStatus().get(status)))
            .toList();
    return new ProviderOrderSummaryView(
        summary.provider(),
        summary.orderCount(),
        byStatus,
        summary.totals().stream().map(MoneyView::of).toList());
  }
}
