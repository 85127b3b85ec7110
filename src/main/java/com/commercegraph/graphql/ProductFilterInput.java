package com.commercegraph.graphql;

import com.commercegraph.registry.Provider;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;

/** Lists are {@code [X]}, not {@code [X!]}: see {@link OrderFilterInput}. */
@Input("ProductFilter")
public record ProductFilterInput(List<Provider> providers, String search, List<String> skus) {}
