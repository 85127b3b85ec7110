package com.commercegraph.graphql;

import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderHealth;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * @param healthy the same signal as {@code status}: true when UP or DEGRADED
 * @param capabilities what the provider can do through the gateway
 */
@Description(
    "A provider behind the gateway: whether it is configured, how it is doing and what it can do.")
public record ProviderInfo(
    @NonNull Provider provider,
    boolean enabled,
    @Description("True when the provider is UP or DEGRADED: its calls are made and answered.")
        boolean healthy,
    @Description(
            "UP; DEGRADED (a call failed in the last minute, or its breaker is probing); DOWN"
                + " (its breaker is open, or it refuses the gateway's credentials); DISABLED (not"
                + " configured).")
        @NonNull
        ProviderHealth status,
    @Description("Its latest failure since the gateway started, whatever its status now.")
        ProviderFailureView lastFailure,
    @NonNull List<@NonNull String> capabilities) {}
