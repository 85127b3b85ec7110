package com.commercegraph.graphql;

public record PageInfo(boolean hasNextPage, String endCursor) {}
