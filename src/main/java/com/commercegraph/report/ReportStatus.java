package com.commercegraph.report;

public enum ReportStatus {
  PENDING,
  COMPLETED,
  FAILED
}
