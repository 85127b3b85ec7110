package com.commercegraph.graphql;

import com.commercegraph.order.WriteOutcome;
import com.commercegraph.order.WriteState;
import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("WriteOutcome")
@Description(
    "What became of a createOrder with a client reference: PENDING (being sent, or sent and not"
        + " answered yet), CREATED (with the order), NOT_APPLIED (the provider made nothing; the"
        + " reference may be sent again) or UNKNOWN (no answer says; check the provider and record"
        + " what you find with resolveWrite).")
public record WriteOutcomeView(
    @NonNull Provider provider,
    @NonNull String reference,
    @NonNull WriteState state,
    @Description("The provider's id of the order; only when CREATED.") String providerId,
    @Description("The order as the provider has it now; only when CREATED.") OrderView order,
    @Description("When the outcome became what it is (UTC).") @NonNull OffsetDateTime since) {

  static WriteOutcomeView of(WriteOutcome outcome) {
    return new WriteOutcomeView(
        outcome.provider(),
        outcome.reference(),
        outcome.state(),
        outcome.providerId(),
        outcome.order() == null ? null : OrderView.of(outcome.order()),
        outcome.since().atOffset(ZoneOffset.UTC));
  }
}
