package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLifecycleService;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.security.Roles;
import com.commercegraph.write.WriteResult;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Moving and editing existing orders along VeePe's lifecycle. */
@GraphQLApi
public class OrderLifecycleApi {

  private final OrderLifecycleService lifecycle;

  OrderLifecycleApi(OrderLifecycleService lifecycle) {
    this.lifecycle = lifecycle;
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("transitionOrder")
  @Description(
      "VeePe lifecycle transition; refused with a UserError when the lifecycle forbids it.")
  public @NonNull OrderPayload transitionOrder(
      @NonNull @Id @Name("id") String id,
      @NonNull @Name("to") OrderStatus to,
      @Name("note") String note) {
    NodeId order = NodeIds.require(id, EntityKind.ORDER);
    return write(id, () -> lifecycle.transition(order.provider(), order.nativeId(), to, note));
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("updateOrder")
  @Description(
      "VeePe: edits an OPEN order (refused with NOT_EDITABLE otherwise); omitted fields stay as"
          + " they are, new lines re-price the amount.")
  public @NonNull OrderPayload updateOrder(
      @NonNull @Id @Name("id") String id, @NonNull @Name("input") UpdateOrderInput input) {
    NodeId order = NodeIds.require(id, EntityKind.ORDER);
    return write(id, () -> lifecycle.update(order.provider(), order.nativeId(), input.toEdit()));
  }

  /** A provider failure; with no answer in time the order id is what to read again. */
  private static OrderPayload write(String id, Supplier<WriteResult<Order>> call) {
    try {
      return OrderPayload.of(call.get());
    } catch (ProviderException e) {
      throw WriteErrors.of(e, id);
    }
  }
}
