package com.commercegraph.graphql;

import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Provider;
import io.smallrye.graphql.api.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The lists are optional ({@code [Provider!]}, as the contract has it): SmallRye GraphQL would make
 * {@code List<@NonNull X>} a required {@code [X!]!} (smallrye-graphql issue 753) because it reads
 * the item's annotation as the field's; {@code @Nullable} on the list keeps the list optional and
 * the item required.
 */
@Input("OrderFilter")
public record OrderFilterInput(
    @Nullable List<@NonNull Provider> providers,
    @Nullable List<@NonNull OrderStatus> statuses,
    OffsetDateTime createdFrom,
    OffsetDateTime createdTo) {}
