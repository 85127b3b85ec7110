package com.commercegraph.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record ReportConnection(
    @NonNull List<@NonNull ReportEdge> edges, @NonNull PageInfo pageInfo) {}
