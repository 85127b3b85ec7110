package com.commercegraph.provider.veeqo;

/**
 * A link between a Veeqo sellable and a channel listing (veeqo-amazon-buyer-protection.txt step 2).
 * With {@code channelProductId} it links to that existing channel product; without, Veeqo creates a
 * new channel product titled {@code remoteTitle}.
 *
 * @param remoteId the listing's id on the channel (the ASIN for Amazon)
 */
public record VeeqoNewChannelSellable(
    long sellableId,
    long channelId,
    String remoteId,
    String remoteSku,
    String remoteTitle,
    String channelProductId) {}
