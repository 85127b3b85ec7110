package com.commercegraph.order;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.order.event.OrderChanges;
import com.commercegraph.order.event.OrderEventType;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.stock.StockCache;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.OutcomeRecorder;
import com.commercegraph.write.WritePath;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Creates orders so that one client reference gives one order, whatever happens. In order: the
 * input is checked before anything else; the reference is claimed in the {@link ReferenceStore}
 * (refused with {@link ReferenceStoreUnavailableException} when the store cannot be asked); only
 * the request holding the claim goes on: it reads what the create needs ({@link
 * OrderCreation#prepare}: a failure there means nothing was sent, and so does a SKU the provider
 * does not have, a user error), then sends through {@link WritePath} (once, or retried where the
 * provider makes the create idempotent: VeePe); its outcome is recorded whenever it arrives, also
 * after the request stopped waiting.
 *
 * <p>A request whose reference is already claimed never sends again while that is unsettled: it
 * waits, within its own deadline, for the first send's outcome and answers the same order, or
 * throws {@link OutcomeStillUnknownException} naming the reference. An UNKNOWN outcome is settled
 * where the provider can be asked (Veeqo: its exact number; VeePe: a resend, which its idempotency
 * answers with the existing order); where it cannot (ShopWeDo), someone must check the provider and
 * say what they found ({@link WriteOutcomeService#resolve}). A reference whose create was refused
 * (NOT_APPLIED) may be sent again.
 *
 * <p>A create that was sent drops the provider's cached stock ({@link StockCache#aroundWrite}):
 * Veeqo allocates stock to a new order (allocations.md), ShopWeDo reserves or releases it
 * (shopwedo-api.txt, {@code release}); VeePe keeps no stock, so nothing of it is cached.
 */
@ApplicationScoped
public class OrderCreationService {

  private static final Logger LOG = Logger.getLogger(OrderCreationService.class);

  private final Instance<OrderCreation> creations;
  private final ReferenceStore references;
  private final OrderService orders;
  private final ProviderRegistry registry;
  private final WritePath writes;
  private final RequestLimits limits;
  private final IdempotencyConfig idempotency;
  private final StockCache stock;
  private final OrderChanges changes;

  OrderCreationService(
      Instance<OrderCreation> creations,
      ReferenceStore references,
      OrderService orders,
      ProviderRegistry registry,
      WritePath writes,
      RequestLimits limits,
      IdempotencyConfig idempotency,
      StockCache stock,
      OrderChanges changes) {
    this.creations = creations;
    this.references = references;
    this.orders = orders;
    this.registry = registry;
    this.writes = writes;
    this.limits = limits;
    this.idempotency = idempotency;
    this.stock = stock;
    this.changes = changes;
  }

  /**
   * Provider calls a create at {@code provider} of lines with these SKUs makes before it is sent
   * (the look-ups of {@link OrderCreation#callsBeforeSending}), counted as at most {@code
   * commerce.requests.max-pages-per-provider}, the most one list walk may spend at one provider;
   * none where the provider cannot create orders.
   */
  public int callsBeforeSending(Provider provider, Set<String> skus) {
    return ProviderBound.of(creations, provider)
        .map(c -> Math.min(c.callsBeforeSending(skus), limits.maxPagesPerProvider()))
        .orElse(0);
  }

  /**
   * The created (or earlier created) order, or the problems that stopped it.
   *
   * @throws ProviderException when the provider failed; with {@code outcomeUnknown()} when the
   *     order may exist
   * @throws OutcomeStillUnknownException when an earlier send of the reference is unsettled
   * @throws ReferenceStoreUnavailableException when the reference could not be claimed; nothing was
   *     sent
   */
  public WriteResult<Order> create(NewOrder order) {
    Optional<OrderCreation> creation = ProviderBound.of(creations, order.provider());
    if (creation.isEmpty()) {
      return WriteResult.refused(
          InputProblem.of(
              "UNSUPPORTED", order.provider() + " cannot create orders", "input", "provider"));
    }
    List<InputProblem> problems = new ArrayList<>(NewOrderValidator.problems(order));
    problems.addAll(creation.get().problems(order));
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    if (!registry.enabled(order.provider())) {
      throw ProviderDisabledException.of(order.provider());
    }
    long deadlineNanos = System.nanoTime() + limits.deadline().toNanos();
    try {
      return WriteResult.done(createOnce(creation.get(), order, deadlineNanos));
    } catch (ProviderRefusedInputException e) {
      return WriteResult.refused(e.problems());
    }
  }

  private Order createOnce(OrderCreation creation, NewOrder order, long deadlineNanos) {
    Provider provider = order.provider();
    String reference = order.reference();
    ReferenceStore.Claim claim = references.claim(provider, reference);
    // Each turn either answers, or ends holding a claim, or meets a record someone just changed.
    while (!claim.won()) {
      ReferenceRecord record = claim.existing();
      if (record.state() == WriteState.PENDING) {
        Optional<ReferenceRecord> after =
            references.awaitSettled(provider, reference, deadlineNanos);
        if (after.isEmpty()) {
          claim = references.claim(provider, reference);
          continue;
        }
        record = after.get();
        if (record.state() == WriteState.PENDING) {
          throw new OutcomeStillUnknownException(provider, reference, true);
        }
      }
      if (record.state() == WriteState.CREATED) {
        return existing(provider, record.providerId());
      }
      if (record.state() == WriteState.UNKNOWN) {
        Optional<Order> settled = settle(creation, provider, reference, record);
        if (settled.isPresent()) {
          return settled.get();
        }
      }
      claim =
          references
              .takeOver(provider, reference, record)
              .orElseGet(() -> references.claim(provider, reference));
    }
    return send(creation, order, claim.id());
  }

  /**
   * An UNKNOWN outcome settled by asking the provider: the order when it has one; empty when the
   * reference may be sent again (the provider makes the create idempotent, or an exact look-up
   * found nothing long enough after the send).
   *
   * @throws OutcomeStillUnknownException when neither can be said
   */
  private Optional<Order> settle(
      OrderCreation creation, Provider provider, String reference, ReferenceRecord record) {
    if (creation.createIsIdempotent()) {
      return Optional.empty();
    }
    Optional<Order> found;
    try {
      found = writes.read(provider, () -> creation.findByReference(reference));
    } catch (ProviderException e) {
      throw new OutcomeStillUnknownException(provider, reference, false);
    }
    if (found.isPresent()) {
      references.settle(provider, reference, record, WriteState.CREATED, found.get().providerId());
      return found;
    }
    if (creation.absenceIsProof() && references.olderThan(record, idempotency.settleAfter())) {
      return Optional.empty();
    }
    throw new OutcomeStillUnknownException(provider, reference, false);
  }

  private Order send(OrderCreation creation, NewOrder order, String claim) {
    Provider provider = order.provider();
    String reference = order.reference();
    Recorder recorder = new Recorder(provider, reference, claim);
    if (creation.lookUpBeforeSending()) {
      Optional<Order> found =
          readBeforeSending(recorder, provider, () -> creation.findByReference(reference));
      if (found.isPresent()) {
        recorder.applied(found.get());
        return found.get();
      }
    }
    // The look-ups a create needs (sellable and stock item ids) are reads: they fail as "nothing
    // sent", never as an unknown outcome.
    Supplier<Order> create = readBeforeSending(recorder, provider, () -> creation.prepare(order));
    return writes.send(
        provider, stock.aroundWrite(provider, create), creation.createIsIdempotent(), recorder);
  }

  /** A read before the send: its failure settles the claim as not applied. */
  private <T> T readBeforeSending(Recorder recorder, Provider provider, Supplier<T> read) {
    try {
      return writes.read(provider, read);
    } catch (RuntimeException e) {
      recorder.notApplied(null);
      throw e;
    }
  }

  /**
   * The order an earlier send created. Should reading it fail, it exists all the same: the answer
   * is then the order with its provider id only, never a failure that would invite a second create.
   */
  private Order existing(Provider provider, String providerId) {
    try {
      return orders.order(provider, providerId).orElseGet(() -> Order.idOnly(provider, providerId));
    } catch (ProviderException e) {
      LOG.warnf(
          "%s order %s exists but reading it failed (%s); answering its id only",
          provider, providerId, e.code());
      return Order.idOnly(provider, providerId);
    }
  }

  /** Records how one claimed send ended, whenever it ends. */
  private final class Recorder implements OutcomeRecorder<Order> {

    private final Provider provider;
    private final String reference;
    private final String claim;

    Recorder(Provider provider, String reference, String claim) {
      this.provider = provider;
      this.reference = reference;
      this.claim = claim;
    }

    @Override
    public void applied(Order order) {
      record(WriteState.CREATED, order.providerId());
      changes.wrote(order, OrderEventType.ORDER_CREATED);
    }

    @Override
    public void notApplied(ProviderException refusal) {
      record(WriteState.NOT_APPLIED, null);
    }

    @Override
    public void unknown(ProviderException failure) {
      record(WriteState.UNKNOWN, null);
    }

    private void record(WriteState state, String providerId) {
      try {
        if (!references.record(provider, reference, claim, state, providerId)) {
          LOG.infof(
              "the outcome %s of reference %s at %s was not recorded: it was settled meanwhile",
              state, reference, provider);
        }
      } catch (ReferenceStoreUnavailableException e) {
        // The record stays PENDING and reads as UNKNOWN after commerce.idempotency.pending-timeout.
        LOG.warnf(
            "the outcome %s (%s) of reference %s at %s could not be recorded: the reference store"
                + " is unavailable",
            state, providerId, reference, provider);
      }
    }
  }
}
