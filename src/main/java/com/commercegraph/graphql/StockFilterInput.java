package com.commercegraph.graphql;

import com.commercegraph.registry.Provider;
import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Optional lists of required items: see {@link OrderFilterInput}. */
@Input("StockFilter")
public record StockFilterInput(
    @Nullable List<@NonNull Provider> providers, @Nullable List<@NonNull String> skus) {}
