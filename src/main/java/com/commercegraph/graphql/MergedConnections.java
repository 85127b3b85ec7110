package com.commercegraph.graphql;

import com.commercegraph.merge.KeysetPages;
import com.commercegraph.merge.MergedPages;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Edges and page info of lists merged across providers, with cursors for their question. */
final class MergedConnections {

  private MergedConnections() {}

  static <T, V, E> List<E> edges(
      MergeCursor cursors,
      String question,
      MergedPages.Result<T> page,
      Function<T, V> view,
      BiFunction<String, V, E> edge) {
    return page.entries().stream()
        .map(e -> edge.apply(cursors.encode(question, e.after()), view.apply(e.item())))
        .toList();
  }

  static <T, V, E> List<E> edges(
      MergeCursor cursors,
      String question,
      KeysetPages.Result<T> page,
      Function<T, V> view,
      BiFunction<String, V, E> edge) {
    return page.entries().stream()
        .map(e -> edge.apply(cursors.encode(question, e.after()), view.apply(e.item())))
        .toList();
  }

  /** The page ends where the walk stopped, so a page of filtered-out items still moves on. */
  static PageInfo pageInfo(MergeCursor cursors, String question, MergedPages.Result<?> page) {
    return new PageInfo(page.hasNextPage(), cursors.encode(question, page.end()));
  }

  static PageInfo pageInfo(MergeCursor cursors, String question, KeysetPages.Result<?> page) {
    return new PageInfo(page.hasNextPage(), cursors.encode(question, page.end()));
  }
}
