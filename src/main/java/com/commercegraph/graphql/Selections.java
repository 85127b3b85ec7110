package com.commercegraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import java.util.Set;

/** What the running query selects below the field being resolved. */
final class Selections {

  private Selections() {}

  /**
   * Whether any of {@code paths} (e.g. {@code edges/cursor}) is selected below the current field;
   * true when the engine gives no selection to look at, so nothing asked for is ever left out.
   */
  static boolean selectsAny(Context context, Set<String> paths) {
    DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
    // Compared by name: the selection set's glob matching compiles a pattern on every call.
    return environment == null
        || environment.getSelectionSet().getFields().stream()
            .anyMatch(field -> paths.contains(field.getQualifiedName()));
  }
}
