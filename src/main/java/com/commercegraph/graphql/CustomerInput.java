package com.commercegraph.graphql;

import com.commercegraph.order.Customer;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CustomerInput")
public record CustomerInput(@NonNull String name, String email, String phone) {

  Customer toCustomer() {
    return new Customer(name, email, phone);
  }
}
