package com.commercegraph.provider;

import com.commercegraph.invoice.Invoice;
import java.util.Optional;

/** A provider that keeps invoices and can fetch one by its order's id and its own. */
public interface InvoiceLookup {

  Provider provider();

  /**
   * The invoice, or empty when the provider has none with these ids.
   *
   * @param orderId the provider's id of the invoiced order, already checked against {@link
   *     NativeIds}
   */
  Optional<Invoice> invoice(String orderId, String invoiceId);
}
