package com.commercegraph.graphql;

import com.commercegraph.order.OrderStatus;
import com.commercegraph.provider.Provider;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrderFilter")
public record OrderFilterInput(
    List<@NonNull Provider> providers,
    List<@NonNull OrderStatus> statuses,
    OffsetDateTime createdFrom,
    OffsetDateTime createdTo) {}
