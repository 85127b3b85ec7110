package com.commercegraph.graphql;

import com.commercegraph.merge.KeysetPages;
import com.commercegraph.merge.MergedPages;
import io.smallrye.graphql.api.Context;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Edges and page info of lists merged across providers, with cursors for their question. An edge's
 * cursor is signed only when the query selects it: most pages are read on from {@code
 * pageInfo.endCursor}, and signing a cursor per edge was a twentieth of a list's cost.
 */
final class MergedConnections {

  private static final Set<String> EDGE_CURSOR = Set.of("edges/cursor");
  // Stands in for a cursor the query does not select, so is never sent.
  private static final String NOT_SELECTED = "";

  private MergedConnections() {}

  static <T, V, E> List<E> edges(
      MergeCursor cursors,
      Context context,
      String question,
      MergedPages.Result<T> page,
      Function<T, V> view,
      BiFunction<String, V, E> edge) {
    return edges(
        context,
        page.entries(),
        e -> cursors.encode(question, e.after()),
        e -> view.apply(e.item()),
        edge);
  }

  static <T, V, E> List<E> edges(
      MergeCursor cursors,
      Context context,
      String question,
      KeysetPages.Result<T> page,
      Function<T, V> view,
      BiFunction<String, V, E> edge) {
    return edges(
        context,
        page.entries(),
        e -> cursors.encode(question, e.after()),
        e -> view.apply(e.item()),
        edge);
  }

  private static <N, V, E> List<E> edges(
      Context context,
      List<N> entries,
      Function<N, String> cursor,
      Function<N, V> node,
      BiFunction<String, V, E> edge) {
    boolean signed = Selections.selectsAny(context, EDGE_CURSOR);
    return entries.stream()
        .map(e -> edge.apply(signed ? cursor.apply(e) : NOT_SELECTED, node.apply(e)))
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
