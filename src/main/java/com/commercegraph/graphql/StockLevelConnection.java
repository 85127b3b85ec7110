package com.commercegraph.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record StockLevelConnection(
    @NonNull List<@NonNull StockLevelEdge> edges, @NonNull PageInfo pageInfo) {}
