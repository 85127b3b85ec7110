package com.commercegraph.graphql.limits;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.Map;

/**
 * Walks one operation, fragments expanded where they are spread, and stops at the first limit
 * passed, so even a fragment bomb (each fragment spreading the next twice) costs at most {@link
 * QueryLimits#maxComplexity()} steps to refuse.
 */
final class QueryShapeCheck {

  private final QueryLimits limits;
  private final Map<String, FragmentDefinition> fragments;
  private int fields;
  private int aliases;

  private QueryShapeCheck(QueryLimits limits, Map<String, FragmentDefinition> fragments) {
    this.limits = limits;
    this.fragments = fragments;
  }

  /**
   * @throws QueryLimitExceededException at the first limit the operation passes
   */
  static void check(
      SelectionSet operation, Map<String, FragmentDefinition> fragments, QueryLimits limits) {
    new QueryShapeCheck(limits, fragments).walk(operation, 1);
  }

  private void walk(SelectionSet selections, int depth) {
    if (selections == null) {
      return;
    }
    for (Selection<?> selection : selections.getSelections()) {
      if (selection instanceof Field field) {
        visit(field, depth);
      } else if (selection instanceof InlineFragment inline) {
        walk(inline.getSelectionSet(), depth);
      } else if (selection instanceof FragmentSpread spread) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        walk(fragment == null ? null : fragment.getSelectionSet(), depth);
      }
    }
  }

  private void visit(Field field, int depth) {
    if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
      throw new QueryLimitExceededException(
          "TOO_MANY_ALIASES", "The query uses more than " + limits.maxAliases() + " aliases");
    }
    if (++fields > limits.maxComplexity()) {
      throw new QueryLimitExceededException(
          "QUERY_TOO_COMPLEX", "The query selects more than " + limits.maxComplexity() + " fields");
    }
    if (depth > limits.maxDepth()) {
      throw new QueryLimitExceededException(
          "QUERY_TOO_DEEP", "The query nests fields deeper than " + limits.maxDepth());
    }
    walk(field.getSelectionSet(), depth + 1);
  }
}
