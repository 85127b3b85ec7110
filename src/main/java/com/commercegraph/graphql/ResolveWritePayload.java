package com.commercegraph.graphql;

import com.commercegraph.order.WriteOutcome;
import com.commercegraph.write.WriteResult;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record ResolveWritePayload(
    WriteOutcomeView outcome, @NonNull List<@NonNull UserError> userErrors) {

  static ResolveWritePayload of(WriteResult<WriteOutcome> result) {
    return new ResolveWritePayload(
        result.value() == null ? null : WriteOutcomeView.of(result.value()),
        UserError.of(result.problems()));
  }
}
