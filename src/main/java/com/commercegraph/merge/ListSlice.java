package com.commercegraph.merge;

/**
 * A run of a provider's list to read: at least {@code count} items from {@code position}, and when
 * {@code before} is above zero that many items just before it as well, so the reader can see
 * whether the list moved since the position was taken.
 *
 * @param position a {@link ProviderPage#positions()} entry or {@link ProviderPage#nextPosition()}
 *     of the same provider's list; null for the list's start
 * @param count items wanted from the position on, at least 1; a provider may return more (its page
 *     boundaries) or fewer (its largest page, the list's end)
 */
public record ListSlice(String position, int count, int before) {

  public ListSlice {
    if (count < 1 || before < 0) {
      throw new IllegalArgumentException("a slice needs a count of 1 or more");
    }
  }

  public static ListSlice start(int count) {
    return new ListSlice(null, count, 0);
  }

  public static ListSlice at(String position, int count) {
    return new ListSlice(position, count, 0);
  }
}
