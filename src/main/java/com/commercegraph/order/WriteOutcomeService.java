package com.commercegraph.order;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WritePath;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Tells what became of a create with a client reference, and lets someone who checked the
 * provider's back office record it (README "Resolving an unknown outcome").
 *
 * <p>What callers rely on: {@link #outcome} first tries to settle an UNKNOWN by asking the provider
 * where it can be asked (Veeqo by exact number, VeePe by merchantOrderReference among its newest
 * orders); a look-up that fails leaves it UNKNOWN. {@link #resolve} changes only an UNKNOWN (or an
 * abandoned PENDING), and only to an order the provider has, or to NOT_APPLIED; nothing is ever
 * sent to a provider but reads.
 */
@ApplicationScoped
public class WriteOutcomeService {

  private static final Logger LOG = Logger.getLogger(WriteOutcomeService.class);

  private final ReferenceStore references;
  private final Instance<OrderCreation> creations;
  private final OrderService orders;
  private final WritePath writes;
  private final IdempotencyConfig idempotency;

  WriteOutcomeService(
      ReferenceStore references,
      Instance<OrderCreation> creations,
      OrderService orders,
      WritePath writes,
      IdempotencyConfig idempotency) {
    this.references = references;
    this.creations = creations;
    this.orders = orders;
    this.writes = writes;
    this.idempotency = idempotency;
  }

  /**
   * The outcome, or empty when the gateway has no record of the reference (never sent through it,
   * or older than {@code commerce.idempotency.retention}).
   *
   * @throws ReferenceStoreUnavailableException when the store cannot be asked
   */
  public Optional<WriteOutcome> outcome(Provider provider, String reference) {
    Optional<ReferenceRecord> found = references.find(provider, reference);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ReferenceRecord record = found.get();
    if (record.state() == WriteState.UNKNOWN) {
      record = settled(provider, reference, record);
    }
    return Optional.of(outcomeOf(provider, reference, record));
  }

  /**
   * Records what someone found at the provider for an UNKNOWN outcome: the order with {@code
   * providerId} (which the provider must have), or that nothing was made ({@code notApplied}).
   */
  public WriteResult<WriteOutcome> resolve(
      Provider provider, String reference, String providerId, boolean notApplied) {
    boolean hasId = providerId != null && !providerId.isBlank();
    if (hasId == notApplied) {
      return WriteResult.refused(
          InputProblem.of(
              hasId ? "INVALID" : "REQUIRED",
              "give either providerId (the order found at "
                  + provider.displayName()
                  + ") or notApplied: true, not both",
              "providerId"));
    }
    if (hasId && !NativeIds.isValid(provider, EntityKind.ORDER, providerId)) {
      return WriteResult.refused(
          InputProblem.of(
              "INVALID",
              "providerId is not a " + provider.displayName() + " order id",
              "providerId"));
    }
    Optional<ReferenceRecord> found = references.find(provider, reference);
    if (found.isEmpty()) {
      return WriteResult.refused(
          InputProblem.of(
              "NOT_FOUND",
              "the gateway has no create with this reference at " + provider.displayName(),
              "reference"));
    }
    ReferenceRecord record = found.get();
    if (record.state() != WriteState.UNKNOWN) {
      return WriteResult.refused(notUnknown(record));
    }
    Order order = null;
    if (hasId) {
      Optional<Order> atProvider = orders.order(provider, providerId);
      if (atProvider.isEmpty()) {
        return WriteResult.refused(
            InputProblem.of(
                "NOT_FOUND", provider.displayName() + " has no order with this id", "providerId"));
      }
      order = atProvider.get();
    }
    WriteState state = hasId ? WriteState.CREATED : WriteState.NOT_APPLIED;
    if (!references.settle(provider, reference, record, state, hasId ? providerId : null)) {
      return WriteResult.refused(
          references
              .find(provider, reference)
              .map(WriteOutcomeService::notUnknown)
              .orElseGet(
                  () ->
                      InputProblem.of(
                          "NOT_FOUND", "the record of this reference expired", "reference")));
    }
    ReferenceRecord now = references.find(provider, reference).orElse(record);
    return WriteResult.done(
        new WriteOutcome(provider, reference, state, now.providerId(), order, now.since()));
  }

  private ReferenceRecord settled(Provider provider, String reference, ReferenceRecord record) {
    Optional<OrderCreation> creation = ProviderBound.of(creations, provider);
    if (creation.isEmpty()) {
      return record;
    }
    try {
      Optional<Order> order =
          writes.read(provider, () -> creation.get().findByReference(reference));
      if (order.isPresent()) {
        references.settle(
            provider, reference, record, WriteState.CREATED, order.get().providerId());
      } else if (creation.get().absenceIsProof()
          && references.olderThan(record, idempotency.settleAfter())) {
        references.settle(provider, reference, record, WriteState.NOT_APPLIED, null);
      }
    } catch (ProviderException e) {
      LOG.infof(
          "could not ask %s for reference %s (%s); its outcome stays UNKNOWN",
          provider, reference, e.code());
    }
    return references.find(provider, reference).orElse(record);
  }

  private WriteOutcome outcomeOf(Provider provider, String reference, ReferenceRecord record) {
    Order order = null;
    if (record.state() == WriteState.CREATED) {
      try {
        order =
            orders
                .order(provider, record.providerId())
                .orElseGet(() -> Order.idOnly(provider, record.providerId()));
      } catch (ProviderException e) {
        order = Order.idOnly(provider, record.providerId());
      }
    }
    return new WriteOutcome(
        provider, reference, record.state(), record.providerId(), order, record.since());
  }

  private static InputProblem notUnknown(ReferenceRecord record) {
    return record.state() == WriteState.PENDING
        ? InputProblem.of(
            "WRITE_PENDING",
            "the create is still being sent; its outcome will be recorded when the provider answers",
            "reference")
        : InputProblem.of(
            "ALREADY_SETTLED", "the outcome is already known: " + record.state(), "reference");
  }
}
