package com.commercegraph.graphql.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How big a GraphQL document may be before the gateway refuses it, unexecuted. The defaults fit the
 * deepest data query the schema has (orders, edges, node, lines, product, stock, a field: 7) and
 * GraphiQL's own introspection query (15 deep; its fields, fragments expanded, fit the complexity).
 */
@ConfigMapping(prefix = "commerce.query")
public interface QueryLimits {

  /**
   * Nesting of fields, the top field being 1. Data stops at 7; introspection types nest without end
   * ({@code __type { fields { type { fields ... } } } }), and GraphiQL asks 15 deep.
   */
  @WithDefault("15")
  int maxDepth();

  /**
   * Fields selected, each fragment counted wherever it is spread, so a fragment that spreads
   * another twice, nested, costs what it would fetch. A field of a list costs 1 whatever the list's
   * length: {@code first} is capped on its own.
   */
  @WithDefault("500")
  int maxComplexity();

  /** A dashboard names a handful of fields twice; thousands of aliases only multiply work. */
  @WithDefault("30")
  int maxAliases();

  /** Parser tokens (names, punctuation, values): the parser stops reading past this. */
  @WithDefault("5000")
  int maxTokens();

  /**
   * Provider calls one document may make, estimated before it runs ({@code ProviderCallEstimate}).
   * 50: a dashboard's heaviest list (a hundred orders with their lines, products and stock) takes
   * under 20; thirty aliased order summaries take 90, more than Veeqo's whole bucket of 100 gives
   * every other caller of the account.
   */
  @WithDefault("50")
  int maxProviderCalls();
}
