package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.report.ReportService;
import com.commercegraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Asking the provider that generates reports (VeePe) for a new one. */
@GraphQLApi
public class ReportMutationApi {

  private final ReportService reports;

  ReportMutationApi(ReportService reports) {
    this.reports = reports;
  }

  @RolesAllowed(Roles.FINANCE_READ)
  @Mutation("requestReport")
  @Description(
      "VeePe: a PDF report of the orders between from and to (from before to), PENDING until its"
          + " download is ready; poll it with report(id:).")
  public @NonNull ReportPayload requestReport(
      @NonNull @Name("type") String type,
      @NonNull @Name("from") OffsetDateTime from,
      @NonNull @Name("to") OffsetDateTime to) {
    try {
      return ReportPayload.of(reports.request(type, from, to));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, null);
    }
  }
}
