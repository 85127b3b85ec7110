package com.commercegraph.report;

import com.commercegraph.registry.ProviderBound;
import java.time.Instant;

/** A provider that prepares reports on request (VeePe). */
public interface ReportRequests extends ProviderBound {

  /** Asks for a report of the orders between two instants; it starts PENDING. */
  Report requestReport(String type, Instant from, Instant to);
}
