package com.commercegraph.channel;

/**
 * A sellable to link to its listing on a channel, as a client asks for it: to an existing channel
 * product when one is named, otherwise with a new channel product titled {@code remoteTitle}.
 *
 * @param channelId the provider's channel id; null when the client's id names no channel of the
 *     provider
 */
public record SellableLink(
    String channelId,
    String sellableId,
    String remoteId,
    String remoteSku,
    String remoteTitle,
    String channelProductId) {}
