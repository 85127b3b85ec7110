package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.order.OrderFeed;
import com.commercegraph.order.OrderSummary;
import com.commercegraph.order.OrderSummaryService;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.security.Roles;
import io.smallrye.graphql.api.Nullable;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class OrderSummaryApi {

  private final OrderSummaryService summaries;
  private final OrderFeed feed;
  private final ProviderRegistry registry;

  OrderSummaryApi(OrderSummaryService summaries, OrderFeed feed, ProviderRegistry registry) {
    this.summaries = summaries;
    this.feed = feed;
    this.registry = registry;
  }

  @RolesAllowed(Roles.ORDERS_READ)
  @Query("orderSummary")
  @Description(
      "Counts and totals of the orders created in [from, to), per provider and overall, over the"
          + " providers that can list orders (Veeqo, VeePe, REC+; providers: [SHOPWEDO] gets an"
          + " UNSUPPORTED error naming it). A provider that fails is left out, with one error for"
          + " it.")
  public @NonNull OrderSummaryView orderSummary(
      @NonNull @Name("from") OffsetDateTime from,
      @NonNull @Name("to") OffsetDateTime to,
      @Nullable @Name("providers") List<@NonNull Provider> providers)
      throws PartialResultException {
    if (!from.isBefore(to)) {
      throw ApiError.badUserInput("from", "from must be before to");
    }
    Set<Provider> chosen = InputLists.chosen(providers);
    if (!chosen.isEmpty() && chosen.stream().noneMatch(feed::canList)) {
      throw ApiError.badUserInput("none of the chosen providers can list orders");
    }
    List<ApiError> errors = new ArrayList<>();
    for (Provider named : Provider.values()) {
      if (!chosen.contains(named)) {
        continue;
      }
      if (!feed.canList(named)) {
        errors.add(ApiError.unsupported(named, named + " cannot list orders"));
      } else if (!registry.enabled(named)) {
        errors.add(ApiError.of(ProviderDisabledException.of(named)));
      }
    }
    OrderSummary summary = summaries.summarize(from, to, chosen);
    summary.failures().values().forEach(failure -> errors.add(ApiError.of(failure)));
    OrderSummaryView view = OrderSummaryView.of(summary);
    if (!errors.isEmpty()) {
      throw new PartialResultException(view, errors);
    }
    return view;
  }
}
