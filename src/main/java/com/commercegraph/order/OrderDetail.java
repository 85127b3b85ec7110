package com.commercegraph.order;

/** How much of each order a list needs, so providers that can send less are asked for less. */
public enum OrderDetail {
  /** What a list row or a summary shows: ids, number, statuses, times and the total. */
  LISTED,
  /** Everything, lines, customer and addresses included. */
  FULL
}
