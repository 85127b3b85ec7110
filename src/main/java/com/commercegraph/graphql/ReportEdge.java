package com.commercegraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public record ReportEdge(@NonNull String cursor, @NonNull ReportView node) {}
