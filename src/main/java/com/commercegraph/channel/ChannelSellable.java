package com.commercegraph.channel;

/**
 * A sellable linked to its listing on a channel (for Amazon, the ASIN).
 *
 * @param id the provider's own id of the link
 */
public record ChannelSellable(
    String id, String remoteId, String remoteSku, String remoteTitle, Boolean active) {}
