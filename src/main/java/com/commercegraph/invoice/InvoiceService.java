package com.commercegraph.invoice;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WritePath;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/**
 * Invoices: single ones fetched from the provider that holds them within the request deadline, and
 * new ones issued at the providers that issue them. Issuing is not idempotent, so it is sent once
 * ({@link WritePath#send}); with no answer in time the failure is {@code outcomeUnknown()}.
 */
@ApplicationScoped
public class InvoiceService {

  private final Instance<InvoiceLookup> lookups;
  private final Instance<InvoiceCreation> creations;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;
  private final WritePath writes;

  InvoiceService(
      Instance<InvoiceLookup> lookups,
      Instance<InvoiceCreation> creations,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits,
      WritePath writes) {
    this.lookups = lookups;
    this.creations = creations;
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
    this.writes = writes;
  }

  /**
   * The invoice, or empty when the provider has none with this id.
   *
   * @param nativeId {@code orderId/invoiceId}, already checked against the provider's id shape
   * @throws com.commercegraph.failure.ProviderException when the provider failed or is disabled
   */
  public Optional<Invoice> invoice(Provider provider, String nativeId) {
    if (!registry.enabled(provider)) {
      throw ProviderDisabledException.of(provider);
    }
    Optional<InvoiceLookup> lookup = ProviderBound.of(lookups, provider);
    if (lookup.isEmpty()) {
      return Optional.empty();
    }
    int slash = nativeId.indexOf('/');
    String orderId = nativeId.substring(0, slash);
    String invoiceId = nativeId.substring(slash + 1);
    return calls.one(
        provider, () -> lookup.get().invoice(orderId, invoiceId), limits.readDeadline());
  }

  /**
   * Issues an invoice for the order; refused with UNSUPPORTED where its provider issues none.
   *
   * @param orderId the provider's own order id
   * @throws com.commercegraph.failure.ProviderException when the provider is disabled or failed
   */
  public WriteResult<Invoice> create(Provider provider, String orderId) {
    Optional<InvoiceCreation> creation = ProviderBound.of(creations, provider);
    if (creation.isEmpty()) {
      return WriteResult.refused(InputProblem.unsupported(provider, creations, "orderId"));
    }
    return WriteResult.done(writes.send(provider, () -> creation.get().createInvoice(orderId)));
  }
}
