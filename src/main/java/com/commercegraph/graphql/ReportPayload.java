package com.commercegraph.graphql;

import com.commercegraph.report.Report;
import com.commercegraph.write.WriteResult;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record ReportPayload(ReportView report, @NonNull List<@NonNull UserError> userErrors) {

  static ReportPayload of(WriteResult<Report> result) {
    return new ReportPayload(
        result.value() == null ? null : ReportView.of(result.value()),
        UserError.of(result.problems()));
  }
}
