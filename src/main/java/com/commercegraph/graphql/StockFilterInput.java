package com.commercegraph.graphql;

import com.commercegraph.registry.Provider;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;

/** Lists are {@code [X]}, not {@code [X!]}: see {@link OrderFilterInput}. */
@Input("StockFilter")
public record StockFilterInput(List<Provider> providers, List<String> skus) {}
