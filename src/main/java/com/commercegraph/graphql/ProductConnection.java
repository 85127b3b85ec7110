package com.commercegraph.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record ProductConnection(
    @NonNull List<@NonNull ProductEdge> edges, @NonNull PageInfo pageInfo) {}
