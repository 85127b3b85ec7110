package com.commercegraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public record OrderEdge(@NonNull String cursor, @NonNull OrderView node) {}
