package com.commercegraph.order;

import java.util.List;

/**
 * A change to an existing order, in the gateway's terms. Null parts stay as they are.
 *
 * @param lines when given, they replace the order's lines and re-price its amount
 */
public record OrderEdit(
    Customer customer, Address shippingAddress, List<NewOrderLine> lines, String note) {

  public OrderEdit {
    lines = lines == null ? null : List.copyOf(lines);
  }

  public boolean isEmpty() {
    return customer == null && shippingAddress == null && lines == null && note == null;
  }
}
