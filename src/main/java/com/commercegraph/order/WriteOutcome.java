package com.commercegraph.order;

import com.commercegraph.registry.Provider;
import java.time.Instant;

/**
 * What the gateway knows of one create with a client reference.
 *
 * @param providerId the provider's id of the order; only when CREATED
 * @param order the order as the provider has it now; only when CREATED
 * @param since when the outcome became what it is
 */
public record WriteOutcome(
    Provider provider,
    String reference,
    WriteState state,
    String providerId,
    Order order,
    Instant since) {}
