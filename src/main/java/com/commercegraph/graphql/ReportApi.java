package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.report.Report;
import com.commercegraph.report.ReportService;
import com.commercegraph.report.ReportWatch;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.security.Roles;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ReportApi {

  private final ReportService reports;
  private final ReportWatch watch;
  private final RequestLimits limits;
  private final PageSizes pageSizes;

  ReportApi(ReportService reports, ReportWatch watch, RequestLimits limits) {
    this.reports = reports;
    this.watch = watch;
    this.limits = limits;
    this.pageSizes = new PageSizes(limits);
  }

  @RolesAllowed(Roles.FINANCE_READ)
  @Query("report")
  @Description("A report by its id; null when the provider has no such report.")
  public ReportView report(@NonNull @Id @Name("id") String id) {
    NodeId nodeId = NodeIds.require(id, EntityKind.REPORT);
    try {
      return reports.report(nodeId.provider(), nodeId.nativeId()).map(ReportView::of).orElse(null);
    } catch (ProviderException e) {
      throw ApiError.of(e);
    }
  }

  @RolesAllowed(Roles.FINANCE_READ)
  @Subscription("reportReady")
  @Description(
      "One event when the report (requested with requestReport) is COMPLETED or FAILED, then the"
          + " stream completes. VeePe is asked at once and then every few seconds while you wait.")
  public Multi<ReportView> reportReady(@NonNull @Id @Name("id") String id) {
    NodeId nodeId = NodeIds.require(id, EntityKind.REPORT);
    return watch
        .whenDone(nodeId.provider(), nodeId.nativeId())
        .map(ReportView::of)
        .onFailure(NoSuchElementException.class)
        .transform(e -> ApiError.badUserInput("id", "The provider has no report " + id))
        .onFailure(ProviderException.class)
        .transform(e -> ApiError.of((ProviderException) e));
  }

  @RolesAllowed(Roles.FINANCE_READ)
  @Query("reports")
  @Description("Reports of the provider that generates them (VeePe), in the provider's order.")
  public @NonNull ReportConnection reports(
      @Name("first") Integer first, @Name("after") String after) {
    int size = pageSizes.resolve(first);
    ReportCursor position = ReportCursor.decode(after);
    List<ReportEdge> edges = new ArrayList<>();
    String page = position.page();
    int taken = position.taken();
    int pagesRead = 0;
    boolean more = true;
    try {
      while (edges.size() < size && pagesRead < limits.maxPagesPerProvider()) {
        ProviderPage<Report> received = reports.reports(page);
        pagesRead++;
        List<Report> items = received.items();
        while (edges.size() < size && taken < items.size()) {
          Report report = items.get(taken++);
          edges.add(new ReportEdge(after(page, taken, items, received), ReportView.of(report)));
        }
        if (taken < items.size()) {
          break;
        }
        if (received.nextPosition() == null) {
          more = false;
          break;
        }
        page = received.nextPosition();
        taken = 0;
      }
    } catch (ProviderException e) {
      throw ApiError.of(e);
    }
    String endCursor = edges.isEmpty() ? after : edges.get(edges.size() - 1).cursor();
    return new ReportConnection(edges, new PageInfo(more, endCursor));
  }

  /** The cursor after a report; at the end of a provider page it points at the next page. */
  private static String after(
      String page, int taken, List<Report> items, ProviderPage<Report> received) {
    if (taken >= items.size() && received.nextPosition() != null) {
      return new ReportCursor(received.nextPosition(), 0).encode();
    }
    return new ReportCursor(page, taken).encode();
  }
}
