package com.commercegraph.graphql;

import com.commercegraph.invoice.Invoice;
import com.commercegraph.write.WriteResult;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record InvoicePayload(InvoiceView invoice, @NonNull List<@NonNull UserError> userErrors) {

  static InvoicePayload of(WriteResult<Invoice> result) {
    return new InvoicePayload(
        result.value() == null ? null : InvoiceView.of(result.value()),
        UserError.of(result.problems()));
  }
}
