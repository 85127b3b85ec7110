package com.commercegraph.invoice;

import com.commercegraph.registry.ProviderBound;

/** A provider that issues invoices for its orders (VeePe). */
public interface InvoiceCreation extends ProviderBound {

  /** Generates an invoice for the order; the answer has its ids and date. Not idempotent. */
  Invoice createInvoice(String orderId);
}
