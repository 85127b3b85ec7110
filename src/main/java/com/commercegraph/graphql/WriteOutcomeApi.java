package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.order.ReferenceStoreUnavailableException;
import com.commercegraph.order.WriteOutcomeService;
import com.commercegraph.registry.Provider;
import com.commercegraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Finding out, and recording, what became of a create whose outcome was unknown. */
@GraphQLApi
public class WriteOutcomeApi {

  private final WriteOutcomeService outcomes;

  WriteOutcomeApi(WriteOutcomeService outcomes) {
    this.outcomes = outcomes;
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Query("writeOutcome")
  @Description(
      "What became of the createOrder with this reference; null when the gateway has no record of"
          + " it. An UNKNOWN is first settled by asking the provider where it can be asked (Veeqo"
          + " by exact number, VeePe by merchantOrderReference).")
  public WriteOutcomeView writeOutcome(
      @NonNull @Name("provider") Provider provider, @NonNull @Name("reference") String reference) {
    try {
      return outcomes.outcome(provider, reference).map(WriteOutcomeView::of).orElse(null);
    } catch (ReferenceStoreUnavailableException e) {
      throw ApiError.referenceStoreUnavailable(e);
    }
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("resolveWrite")
  @Description(
      "Records what someone found in the provider's back office for an UNKNOWN outcome: the order"
          + " (providerId, which the provider must have) or that nothing was made (notApplied:"
          + " true, after which the reference may be sent again). Sends nothing but reads.")
  public @NonNull ResolveWritePayload resolveWrite(
      @NonNull @Name("provider") Provider provider,
      @NonNull @Name("reference") String reference,
      @Name("providerId") String providerId,
      @Name("notApplied") Boolean notApplied) {
    try {
      return ResolveWritePayload.of(
          outcomes.resolve(provider, reference, providerId, Boolean.TRUE.equals(notApplied)));
    } catch (ReferenceStoreUnavailableException e) {
      throw ApiError.referenceStoreUnavailable(e);
    } catch (ProviderException e) {
      throw ApiError.of(e);
    }
  }
}
