package com.commercegraph.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A run of a simulated list, copied, and how long the whole list is: a simulator copies only the
 * page it answers, so a sandbox seeded with thousands of orders answers a page as fast as with few.
 */
public record SandboxSlice(List<ObjectNode> items, int total) {

  public SandboxSlice {
    items = List.copyOf(items);
  }

  /** Items {@code from} to {@code from + size} of {@code all}, copied. */
  public static SandboxSlice of(List<ObjectNode> all, long from, int size) {
    int start = (int) Math.min(all.size(), Math.max(0, from));
    int end = Math.min(all.size(), start + Math.max(0, size));
    return new SandboxSlice(
        all.subList(start, end).stream().map(ObjectNode::deepCopy).toList(), all.size());
  }
}
