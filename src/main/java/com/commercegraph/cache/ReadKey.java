package com.commercegraph.cache;

import com.commercegraph.registry.Provider;

/**
 * One provider read: which provider, what kind, and the request, which must have value equality
 * (records) and name the port call with all of its arguments, so that equal keys are reads the
 * provider answers alike. The gateway holds one credential per provider, so the provider names it.
 */
public record ReadKey(Provider provider, ReadKind kind, Object request) {}
