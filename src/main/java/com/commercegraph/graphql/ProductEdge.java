package com.commercegraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public record ProductEdge(@NonNull String cursor, @NonNull ProductView node) {}
