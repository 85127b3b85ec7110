package com.commercegraph.graphql;

import com.commercegraph.order.OrderStatus;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("StatusCount")
public record StatusCountView(@NonNull OrderStatus status, int count) {}
