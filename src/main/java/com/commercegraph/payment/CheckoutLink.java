package com.commercegraph.payment;

import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;

/**
 * A hosted checkout page where the customer pays an order (VeePe).
 *
 * @param orderProviderId the provider's own id of the order to pay
 * @param url shareable with the customer without authentication
 * @param expiresAt null when the link does not expire
 */
public record CheckoutLink(
    Provider provider,
    String sessionId,
    String url,
    String orderProviderId,
    OffsetDateTime createdAt,
    OffsetDateTime expiresAt) {}
