package com.commercegraph.channel;

/** A custom integration channel for Amazon orders, as a client asks for it. */
public record NewAmazonChannel(String name, String shortName, String currencyCode) {}
