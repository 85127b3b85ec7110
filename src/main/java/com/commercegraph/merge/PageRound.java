package com.commercegraph.merge;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderCalls.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One round of a merge's reads: the calls of every list that needs a page are sent at once, and
 * each list gets its calls' pages joined into one, or the first failure among them: a page read in
 * parts (VeePe's pages of ten) is whole or failed, never half there.
 */
final class PageRound {

  private PageRound() {}

  /** A list that needs its next page, and the calls that read it. */
  record Ask<W>(W list, Provider provider, List<ListSlice> parts) {}

  /**
   * @return false when no list asked for anything, so nothing was sent
   */
  static <T, W> boolean read(
      PageReader<T> reader,
      List<Ask<W>> asks,
      Duration left,
      BiConsumer<W, ProviderPage<T>> received,
      BiConsumer<W, ProviderException> failed) {
    List<PageReader.Call> calls = new ArrayList<>();
    for (Ask<W> ask : asks) {
      ask.parts().forEach(part -> calls.add(new PageReader.Call(ask.provider(), part)));
    }
    if (calls.isEmpty()) {
      return false;
    }
    List<Outcome<ProviderPage<T>>> outcomes = reader.read(calls, left);
    int at = 0;
    for (Ask<W> ask : asks) {
      List<Outcome<ProviderPage<T>>> parts = outcomes.subList(at, at + ask.parts().size());
      at += ask.parts().size();
      ProviderException failure =
          parts.stream().filter(Outcome::failed).map(Outcome::failure).findFirst().orElse(null);
      if (failure != null) {
        failed.accept(ask.list(), failure);
      } else {
        received.accept(
            ask.list(), ProviderPage.joined(parts.stream().map(Outcome::value).toList()));
      }
    }
    return true;
  }
}
