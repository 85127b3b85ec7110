package com.commercegraph.channel;

import com.commercegraph.registry.Provider;

/**
 * A sales channel (Veeqo: a store), such as a custom integration channel for Amazon.
 *
 * @param providerId the provider's own id, as orders name their channel
 */
public record Channel(
    Provider provider,
    String providerId,
    String name,
    String shortName,
    String currencyCode,
    String state) {}
