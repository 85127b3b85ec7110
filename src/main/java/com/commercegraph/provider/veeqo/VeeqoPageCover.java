package com.commercegraph.provider.veeqo;

/**
 * The one Veeqo page ({@code page}, {@code page_size}) that holds a run of a list: Veeqo pages by
 * number and size only, so reading items {@code from} to {@code to} takes the smallest page size
 * whose page boundaries do not split the run. The page may hold a few items before {@code from}; a
 * run longer than Veeqo's largest page is cut at its end.
 *
 * @param page Veeqo's page number, from 1
 * @param size Veeqo's page_size
 */
record VeeqoPageCover(int page, int size) {

  /** The largest page_size the gateway asks for; Veeqo's lists go to 100. */
  static final int LARGEST = 100;

  /**
   * @param from index of the first item wanted, from 0
   * @param to index past the last item wanted
   */
  static VeeqoPageCover of(long from, long to) {
    long length = Math.max(1, to - from);
    for (long size = length; size <= LARGEST; size++) {
      if (from / size == (to - 1) / size) {
        return new VeeqoPageCover((int) (from / size) + 1, (int) size);
      }
    }
    return new VeeqoPageCover((int) (from / LARGEST) + 1, LARGEST);
  }

  /** Index of the page's first item. */
  long first() {
    return (long) (page - 1) * size;
  }
}
