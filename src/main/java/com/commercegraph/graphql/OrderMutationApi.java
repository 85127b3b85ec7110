package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.order.OrderCancellationService;
import com.commercegraph.order.OrderCreationService;
import com.commercegraph.order.OutcomeStillUnknownException;
import com.commercegraph.order.ReferenceStoreUnavailableException;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Creating and cancelling orders, routed to the provider the input or id names. */
@GraphQLApi
public class OrderMutationApi {

  private final OrderCreationService creation;
  private final OrderCancellationService cancellation;

  OrderMutationApi(OrderCreationService creation, OrderCancellationService cancellation) {
    this.creation = creation;
    this.cancellation = cancellation;
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("createOrder")
  @Description("Veeqo order creation (also VeePe and ShopWeDo where the input names them).")
  public @NonNull OrderPayload createOrder(@NonNull @Name("input") CreateOrderInput input) {
    try {
      return OrderPayload.of(creation.create(input.toNewOrder()));
    } catch (OutcomeStillUnknownException e) {
      throw ApiError.outcomeUnknown(e.provider(), e.reference(), e.getMessage());
    } catch (ReferenceStoreUnavailableException e) {
      throw ApiError.referenceStoreUnavailable(e);
    } catch (ProviderException e) {
      throw WriteErrors.ofCreate(e, input.reference());
    }
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("cancelOrder")
  @Description("ShopWeDo cancel (VeePe: transition to CANCELLED).")
  public @NonNull OrderPayload cancelOrder(
      @NonNull @Id @Name("id") String id, @Name("reason") String reason) {
    NodeId order = NodeIds.require(id, EntityKind.ORDER);
    try {
      return OrderPayload.of(cancellation.cancel(order.provider(), order.nativeId(), reason));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, null);
    }
  }
}
