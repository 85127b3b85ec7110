package com.commercegraph.invoice;

import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.ProviderBound;
import java.util.Optional;

/** A provider that keeps invoices and can fetch one by its order's id and its own. */
public interface InvoiceLookup extends ProviderBound {

  /**
   * The invoice, or empty when the provider has none with these ids.
   *
   * @param orderId the provider's id of the invoiced order, already checked against {@link
   *     NativeIds}
   */
  Optional<Invoice> invoice(String orderId, String invoiceId);
}
