package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.merge.KeysetPages;
import com.commercegraph.merge.KeysetPosition;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderDetail;
import com.commercegraph.order.OrderFeed;
import com.commercegraph.order.OrderFilter;
import com.commercegraph.order.OrderService;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.security.Roles;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class OrderApi {

  /**
   * Order fields some providers send only when asked for all of an order (REC+'s lists give basic
   * data unless {@code fields=*}); a list that selects none of them asks for less.
   */
  private static final Set<String> FULL_ORDER_FIELDS =
      Stream.of("shipping", "discount", "customer", "shippingAddress", "billingAddress", "lines")
          .map(field -> "edges/node/" + field)
          .collect(Collectors.toUnmodifiableSet());

  private final OrderService orders;
  private final OrderFeed feed;
  private final ProviderRegistry registry;
  private final PageSizes pageSizes;
  private final MergeCursor cursors;
  private final Context context;

  OrderApi(
      OrderService orders,
      OrderFeed feed,
      ProviderRegistry registry,
      RequestLimits limits,
      MergeCursor cursors,
      Context context) {
    this.orders = orders;
    this.feed = feed;
    this.registry = registry;
    this.pageSizes = new PageSizes(limits);
    this.cursors = cursors;
    this.context = context;
  }

  @RolesAllowed(Roles.ORDERS_READ)
  @Query("order")
  @Description("An order by its id; null when the provider has no such order.")
  public OrderView order(@NonNull @Id @Name("id") String id) {
    NodeId nodeId = NodeIds.require(id, EntityKind.ORDER);
    return find(nodeId.provider(), nodeId.nativeId());
  }

  @RolesAllowed(Roles.ORDERS_READ)
  @Query("orderByProviderId")
  @Description(
      "An order by the provider's own id (the only way to reach ShopWeDo orders, which cannot be"
          + " listed).")
  public OrderView orderByProviderId(
      @NonNull @Name("provider") Provider provider,
      @NonNull @Name("providerId") String providerId) {
    if (!NativeIds.isValid(provider, EntityKind.ORDER, providerId)) {
      throw ApiError.badUserInput("providerId", "providerId is not an order id of " + provider);
    }
    return find(provider, providerId);
  }

  @RolesAllowed(Roles.ORDERS_READ)
  @Query("orders")
  @Description(
      "Orders of all chosen providers, newest first, merged into one stable cursor-paged list."
          + " Covers Veeqo, VeePe and REC+: ShopWeDo orders cannot be listed (reach them with"
          + " orderByProviderId); a filter naming SHOPWEDO gets an UNSUPPORTED error naming it.")
  public @NonNull OrderConnection orders(
      @Name("filter") OrderFilterInput filterInput,
      @Name("first") Integer first,
      @Name("after") String after)
      throws PartialResultException {
    int size = pageSizes.resolve(first);
    OrderFilter filter = filter(filterInput);
    List<ApiError> errors = new ArrayList<>();
    for (Provider named : filter.providers()) {
      if (!feed.canList(named)) {
        errors.add(
            ApiError.unsupported(named, named + " cannot list orders; use orderByProviderId"));
      } else if (!registry.enabled(named)) {
        errors.add(ApiError.of(ProviderDisabledException.of(named)));
      }
    }
    if (!filter.providers().isEmpty() && filter.providers().stream().noneMatch(feed::canList)) {
      throw ApiError.badUserInput(
          "none of the chosen providers can list orders; use orderByProviderId");
    }
    KeysetPosition position = cursors.decodeKeyset(question(filter), after);
    KeysetPages.Result<Order> page = feed.read(filter, detail(), size, position);
    page.failures().values().forEach(failure -> errors.add(ApiError.of(failure)));

    List<OrderEdge> edges =
        MergedConnections.edges(
            cursors, context, question(filter), page, OrderView::of, OrderEdge::new);
    OrderConnection connection =
        new OrderConnection(
            edges,
            MergedConnections.pageInfo(cursors, question(filter), page),
            page.providersTotal() == null
                ? null
                : (int) Math.min(page.providersTotal(), Integer.MAX_VALUE));
    if (!errors.isEmpty()) {
      throw new PartialResultException(connection, errors);
    }
    return connection;
  }

  /** All of each order where the query selects a field only a full order has, else less. */
  private OrderDetail detail() {
    return Selections.selectsAny(context, FULL_ORDER_FIELDS)
        ? OrderDetail.FULL
        : OrderDetail.LISTED;
  }

  private OrderView find(Provider provider, String nativeId) {
    try {
      return orders.order(provider, nativeId).map(OrderView::of).orElse(null);
    } catch (ProviderException e) {
      throw ApiError.of(e);
    }
  }

  private static String question(OrderFilter filter) {
    return String.join(
        "|",
        "orders",
        Questions.sorted(filter.providers()),
        Questions.sorted(filter.statuses()),
        String.valueOf(filter.createdFrom() == null ? null : filter.createdFrom().toInstant()),
        String.valueOf(filter.createdTo() == null ? null : filter.createdTo().toInstant()));
  }

  private static OrderFilter filter(OrderFilterInput input) {
    if (input == null) {
      return new OrderFilter(Set.of(), Set.of(), null, null);
    }
    if (input.createdFrom() != null
        && input.createdTo() != null
        && !input.createdFrom().isBefore(input.createdTo())) {
      throw ApiError.badUserInput(
          "filter.createdFrom", "filter.createdFrom must be before filter.createdTo");
    }
    return new OrderFilter(
        InputLists.chosen(input.providers()),
        InputLists.chosen(input.statuses()),
        input.createdFrom(),
        input.createdTo());
  }
}
