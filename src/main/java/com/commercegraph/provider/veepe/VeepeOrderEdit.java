package com.commercegraph.provider.veepe;

import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.NewOrderLine;
import java.util.List;

/**
 * A change to an OPEN VeePe order, in the gateway's terms. Null parts stay as they are at VeePe.
 *
 * @param lines when given, they replace the order's items and re-price its amount
 */
public record VeepeOrderEdit(
    Customer customer, Address shippingAddress, List<NewOrderLine> lines, String note) {

  public VeepeOrderEdit {
    lines = lines == null ? null : List.copyOf(lines);
  }

  public boolean isEmpty() {
    return customer == null && shippingAddress == null && lines == null && note == null;
  }
}
