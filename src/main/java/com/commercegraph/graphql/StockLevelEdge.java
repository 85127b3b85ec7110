package com.commercegraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public record StockLevelEdge(@NonNull String cursor, @NonNull StockLevelView node) {}
