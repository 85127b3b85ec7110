package com.commercegraph.order.event;

import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import java.time.OffsetDateTime;

/**
 * One change of one order, as subscribers receive it.
 *
 * @param order the order as it is after the change
 * @param previousStatus its status before, when the gateway knew it; null otherwise
 * @param at when the gateway learnt of the change
 */
public record OrderEvent(
    OrderEventType type,
    Order order,
    OrderStatus previousStatus,
    OffsetDateTime at,
    EventSource source) {}
