package com.commercegraph.report;

import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.ProviderBound;
import java.util.Optional;

/** A provider that generates reports and can list them and fetch one. */
public interface ReportSource extends ProviderBound {

  /** The report, or empty when the provider has none with this id. */
  Optional<Report> report(String reportId);

  /**
   * One page of reports in the provider's order, starting at {@code position} (null for the first).
   */
  ProviderPage<Report> reports(String position);
}
