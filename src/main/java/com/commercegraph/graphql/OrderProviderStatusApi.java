package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatusTextService;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.security.Roles;
import com.commercegraph.write.Change;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WriteResult;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An order's status in the provider's own words: REC+ sites configure their own status texts. The
 * write is sent once; a timeout is {@code OUTCOME_UNKNOWN} with the order's id as the reference.
 */
@GraphQLApi
public class OrderProviderStatusApi {

  private final OrderStatusTextService texts;

  OrderProviderStatusApi(OrderStatusTextService texts) {
    this.texts = texts;
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("setOrderProviderStatus")
  @Description(
      "REC+: set the site's own status text (and other updatable fields later) on an order."
          + " dryRun asks REC+ what would change (diff) and returns the order unchanged.")
  public @NonNull OrderPayload setOrderProviderStatus(
      @NonNull @Id @Name("id") String id,
      @NonNull @Name("providerStatus") String providerStatus,
      @Name("dryRun") Boolean dryRun)
      throws PartialResultException {
    Optional<NodeId> order = NodeId.decode(id);
    if (order.isEmpty() || order.get().kind() != EntityKind.ORDER) {
      return refused(InputProblem.of("INVALID", "id is not an order's id", "id"));
    }
    WriteResult<Change<Order>> result;
    try {
      result =
          texts.setStatusText(
              order.get().provider(),
              order.get().nativeId(),
              providerStatus,
              Boolean.TRUE.equals(dryRun));
    } catch (ProviderException e) {
      throw e.outcomeUnknown()
          ? ApiError.outcomeUnknown(
              e.provider(),
              id,
              "REC+ gave no answer that says whether the order's status was set. Read the order"
                  + " before repeating the mutation.")
          : ApiError.of(e);
    }
    Change<Order> change = result.value();
    if (change == null) {
      return OrderPayload.of(WriteResult.refused(result.problems()));
    }
    OrderPayload payload = OrderPayload.withDiff(WriteResult.done(change.value()), change.diff());
    if (change.readBackFailure() != null) {
      // The status was set; only reading the order back failed.
      throw new PartialResultException(payload, List.of(ApiError.of(change.readBackFailure())));
    }
    return payload;
  }

  private static OrderPayload refused(InputProblem problem) {
    return OrderPayload.of(WriteResult.refused(problem));
  }
}
