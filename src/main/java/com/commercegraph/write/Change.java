package com.commercegraph.write;

import com.commercegraph.failure.ProviderException;

/**
 * What a write with a dry run did, read back afterwards.
 *
 * @param value the thing after the write (unchanged, for a dry run); null when it could not be read
 *     back
 * @param diff the provider's dry-run answer as JSON text; null for a real write
 * @param readBackFailure why the thing could not be read after an applied write; null otherwise
 */
public record Change<V>(V value, String diff, ProviderException readBackFailure) {}
