package com.commercegraph.graphql;

import com.commercegraph.merge.MergedPages;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Edges and page info of a list merged across providers, with cursors for its question. */
final class MergedConnections {

  private MergedConnections() {}

  static <T, V, E> List<E> edges(
      String question,
      MergedPages.Result<T> page,
      Function<T, V> view,
      BiFunction<String, V, E> edge) {
    return page.entries().stream()
        .map(e -> edge.apply(MergeCursor.encode(question, e.after()), view.apply(e.item())))
        .toList();
  }

  /** The page ends where the walk stopped, so a page of filtered-out items still moves on. */
  static PageInfo pageInfo(String question, MergedPages.Result<?> page) {
    return new PageInfo(page.hasNextPage(), MergeCursor.encode(question, page.end()));
  }
}
