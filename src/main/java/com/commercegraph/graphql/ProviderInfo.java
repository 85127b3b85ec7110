package com.commercegraph.graphql;

import com.commercegraph.registry.Provider;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * @param healthy false when the gateway currently expects calls to this provider to fail
 * @param capabilities what the provider can do through the gateway
 */
@Description("A provider behind the gateway: whether it is configured and what it can do.")
public record ProviderInfo(
    @NonNull Provider provider,
    boolean enabled,
    boolean healthy,
    @NonNull List<@NonNull String> capabilities) {}
