package com.commercegraph.graphql;

import com.commercegraph.order.OrderStatus;
import com.commercegraph.order.event.OrderEventType;
import com.commercegraph.registry.Provider;
import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Optional lists with required items, as {@link OrderFilterInput} explains. */
@Input("OrderEventFilter")
@Description("Which order events to send; a list left out or empty lets every value through.")
public record OrderEventFilterInput(
    @Nullable List<@NonNull Provider> providers,
    @Description("The order's status after the change.") @Nullable
        List<@NonNull OrderStatus> statuses,
    @Nullable List<@NonNull OrderEventType> types) {}
