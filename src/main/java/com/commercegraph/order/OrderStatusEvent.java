package com.commercegraph.order;

import java.time.OffsetDateTime;

public record OrderStatusEvent(
    OrderStatus status, String providerStatus, OffsetDateTime at, String note) {}
