package com.commercegraph.graphql.http;

import java.time.Duration;

/**
 * How long a GET answer may be reused by the client that asked ({@code Cache-Control: private,
 * max-age}): no longer than the cached data it was built from stays fresh.
 */
public interface AnswerFreshness {

  /** The time until the data behind the answer being built expires. */
  Duration maxAge();
}
