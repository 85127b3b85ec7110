package com.commercegraph.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record OrderConnection(
    @NonNull List<@NonNull OrderEdge> edges,
    @NonNull PageInfo pageInfo,
    @Description(
            "All matching orders of the providers the list covers (Veeqo, VeePe, REC+; ShopWeDo"
                + " orders cannot be listed), where each of them can say; null otherwise.")
        Integer totalCount) {}
