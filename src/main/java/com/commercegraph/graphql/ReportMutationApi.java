package com.commercegraph.graphql;

import com.commercegraph.provider.ProviderException;
import com.commercegraph.provider.veepe.VeepeWrites;
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

  private final VeepeWrites veepe;

  ReportMutationApi(VeepeWrites veepe) {
    this.veepe = veepe;
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
      return ReportPayload.of(veepe.requestReport(type, from, to));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, null);
    }
  }
}
