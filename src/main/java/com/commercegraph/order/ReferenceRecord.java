package com.commercegraph.order;

import java.time.Instant;

/**
 * What the reference store holds for one provider and client reference.
 *
 * @param providerId the provider's id of the order; only when CREATED
 * @param claim the id of the send that holds the reference (PENDING) or that last held it, so that
 *     only that send records its outcome
 * @param since when the record reached its state
 */
public record ReferenceRecord(WriteState state, String providerId, String claim, Instant since) {}
