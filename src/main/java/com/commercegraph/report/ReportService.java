package com.commercegraph.report;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WritePath;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports of the one provider that generates them (VeePe), each call within the request deadline,
 * and new reports requested from it. A request is sent once ({@link WritePath#send}): the provider
 * would prepare a second report for a second request.
 */
@ApplicationScoped
public class ReportService {

  private static final int MAX_REPORT_TYPE = 100;

  private final Instance<ReportSource> sources;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;
  private final Instance<ReportRequests> requests;
  private final WritePath writes;

  ReportService(
      Instance<ReportSource> sources,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits,
      Instance<ReportRequests> requests,
      WritePath writes) {
    this.sources = sources;
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
    this.requests = requests;
    this.writes = writes;
  }

  /** The provider whose reports {@link #reports} lists. */
  public Provider reportProvider() {
    return Provider.VEEPE;
  }

  /**
   * The report, or empty when the provider has none with this id.
   *
   * @throws com.commercegraph.failure.ProviderException when the provider failed or is disabled
   */
  public Optional<Report> report(Provider provider, String nativeId) {
    Optional<ReportSource> source = source(provider);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    return calls.one(provider, () -> source.get().report(nativeId), limits.readDeadline());
  }

  /**
   * One page of the reporting provider's reports, as that provider pages them.
   *
   * @param position null for the first page, else a {@link ProviderPage#nextPosition()}
   * @throws com.commercegraph.failure.ProviderException when the provider failed or is disabled
   */
  public ProviderPage<Report> reports(String position) {
    ReportSource source = source(reportProvider()).orElseThrow();
    return calls.one(reportProvider(), () -> source.reports(position), limits.readDeadline());
  }

  private Optional<ReportSource> source(Provider provider) {
    if (!registry.enabled(provider)) {
      throw ProviderDisabledException.of(provider);
    }
    return ProviderBound.of(sources, provider);
  }

  /**
   * Asks the reporting provider for a report of the orders between {@code from} and {@code to}; it
   * starts PENDING.
   *
   * @throws com.commercegraph.failure.ProviderException when the provider is disabled or failed
   */
  public WriteResult<Report> request(String type, OffsetDateTime from, OffsetDateTime to) {
    List<InputProblem> problems = new ArrayList<>();
    if (type == null || type.isBlank()) {
      problems.add(InputProblem.of("REQUIRED", "type is required, e.g. ORDER_REPORT", "type"));
    } else if (type.length() > MAX_REPORT_TYPE) {
      problems.add(
          InputProblem.of(
              "TOO_LONG", "type is longer than " + MAX_REPORT_TYPE + " characters", "type"));
    }
    if (from != null && to != null && !from.isBefore(to)) {
      problems.add(InputProblem.of("INVALID", "to must be after from", "to"));
    }
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    ReportRequests port = ProviderBound.of(requests, reportProvider()).orElseThrow();
    return WriteResult.done(
        writes.send(
            reportProvider(), () -> port.requestReport(type, from.toInstant(), to.toInstant())));
  }
}
