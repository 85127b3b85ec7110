package com.commercegraph.graphql;

import com.commercegraph.order.Address;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AddressInput")
public record AddressInput(
    String name,
    String company,
    @NonNull String line1,
    String line2,
    @NonNull String city,
    String region,
    @NonNull String postalCode,
    @NonNull String countryCode,
    String phone,
    String email) {

  Address toAddress() {
    return new Address(
        name, company, line1, line2, city, region, postalCode, countryCode, phone, email);
  }
}
