package com.commercegraph.graphql;

import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;

/**
 * The lists are {@code [Provider]} rather than the contract's {@code [Provider!]}: SmallRye GraphQL
 * turns {@code List<@NonNull X>} into a required {@code [X!]!} (smallrye-graphql issue 753), which
 * would break clients that leave the list out. Every query valid against the contract stays valid;
 * a null item is refused at run time.
 */
@Input("OrderFilter")
public record OrderFilterInput(
    List<Provider> providers,
    List<OrderStatus> statuses,
    OffsetDateTime createdFrom,
    OffsetDateTime createdTo) {}
