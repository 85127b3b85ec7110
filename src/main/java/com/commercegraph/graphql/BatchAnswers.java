package com.commercegraph.graphql;

import com.commercegraph.merge.BatchResult;
import com.commercegraph.registry.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A batched field's answers. An item whose provider failed gets that provider's error instead of a
 * value: the DataLoader behind SmallRye's batching completes an item exceptionally when the batch
 * answers it with a Throwable, so the response shows the error at that item's path, with {@code
 * extensions.code} and {@code extensions.provider}, and everything else stays.
 */
final class BatchAnswers {

  private BatchAnswers() {}

  @SuppressWarnings("unchecked")
  static <S, V, R> List<R> of(
      List<S> sources,
      Function<S, Provider> providerOf,
      BatchResult<V> result,
      Function<V, R> view) {
    List<Object> answers = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      var failure = result.failures().get(providerOf.apply(sources.get(i)));
      V value = result.values().get(i);
      answers.add(failure != null && value == null ? ApiError.of(failure) : view.apply(value));
    }
    return (List<R>) answers;
  }
}
