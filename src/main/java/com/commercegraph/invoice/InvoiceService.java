package com.commercegraph.invoice;

import com.commercegraph.order.RequestLimits;
import com.commercegraph.provider.InvoiceLookup;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderCalls;
import com.commercegraph.provider.ProviderDisabledException;
import com.commercegraph.provider.ProviderRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/** Single invoices, fetched from the provider that holds them, within the request deadline. */
@ApplicationScoped
public class InvoiceService {

  private final Instance<InvoiceLookup> lookups;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;

  InvoiceService(
      Instance<InvoiceLookup> lookups,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits) {
    this.lookups = lookups;
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
  }

  /**
   * The invoice, or empty when the provider has none with this id.
   *
   * @param nativeId {@code orderId/invoiceId}, already checked against the provider's id shape
   * @throws com.commercegraph.provider.ProviderException when the provider failed or is disabled
   */
  public Optional<Invoice> invoice(Provider provider, String nativeId) {
    if (!registry.find(provider).map(p -> p.enabled()).orElse(false)) {
      throw ProviderDisabledException.of(provider);
    }
    Optional<InvoiceLookup> lookup =
        lookups.stream().filter(l -> l.provider() == provider).findFirst();
    if (lookup.isEmpty()) {
      return Optional.empty();
    }
    int slash = nativeId.indexOf('/');
    String orderId = nativeId.substring(0, slash);
    String invoiceId = nativeId.substring(slash + 1);
    return calls.one(provider, () -> lookup.get().invoice(orderId, invoiceId), limits.deadline());
  }
}
