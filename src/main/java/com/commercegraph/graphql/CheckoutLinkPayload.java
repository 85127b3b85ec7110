package com.commercegraph.graphql;

import com.commercegraph.payment.CheckoutLink;
import com.commercegraph.write.WriteResult;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record CheckoutLinkPayload(
    CheckoutLinkView checkoutLink, @NonNull List<@NonNull UserError> userErrors) {

  static CheckoutLinkPayload of(WriteResult<CheckoutLink> result) {
    return new CheckoutLinkPayload(
        result.value() == null ? null : CheckoutLinkView.of(result.value()),
        UserError.of(result.problems()));
  }
}
