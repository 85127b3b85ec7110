package com.commercegraph.invoice;

import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;

/**
 * An invoice for one order (VeePe).
 *
 * @param orderProviderId the provider's own id of the invoiced order
 */
public record Invoice(
    Provider provider,
    String providerId,
    String orderProviderId,
    String status,
    String downloadUrl,
    OffsetDateTime createdAt) {}
