package com.commercegraph.provider.veeqo;

import java.math.BigDecimal;

/**
 * A channel sellable as Veeqo created it, flattened from its JSON:API document.
 *
 * @param remotePrice Veeqo sends it as a decimal string ("0.0")
 */
public record VeeqoChannelSellable(
    String id,
    String remoteId,
    String remoteSku,
    String remoteTitle,
    BigDecimal remotePrice,
    Boolean active,
    String channelId,
    String channelProductId,
    String sellableId) {}
