package com.commercegraph.provider.veeqo;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.money.Money;
import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.NewOrderLine;
import com.commercegraph.registry.Provider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VeeqoOrderRequestsTest {

  @Test
  void theLastWordIsTheLastName() {
    assertThat(VeeqoOrderRequests.splitName("Mary Ann Smith")).containsExactly("Mary Ann", "Smith");
    assertThat(VeeqoOrderRequests.splitName("  John   Smith ")).containsExactly("John", "Smith");
    assertThat(VeeqoOrderRequests.splitName("Cher")).containsExactly("Cher", null);
    assertThat(VeeqoOrderRequests.splitName(null)).containsExactly(null, null);
  }

  @Test
  void withoutABillingAddressTheShippingAddressBillsUnderTheCustomersName() {
    Address shipping =
        new Address(null, null, "1 High St", null, "Leeds", null, "LS1 1AA", "GB", null, null);
    NewOrder order =
        new NewOrder(
            Provider.VEEQO,
            "ref-1",
            new Customer("Ada Lovelace", "ada@example.com", "+441234567890"),
            shipping,
            null,
            List.of(
                new NewOrderLine(
                    "CG-TEA-001", null, 3, new Money(new BigDecimal("9.99"), "GBP"), null)),
            "7",
            null,
            null,
            null,
            null);

    VeeqoNewOrder body =
        VeeqoOrderRequests.body(order, Map.of("CG-TEA-001", 42L), Optional.of(92298L));

    assertThat(body.customer().billingAddress().firstName()).isEqualTo("Ada");
    assertThat(body.customer().billingAddress().lastName()).isEqualTo("Lovelace");
    assertThat(body.customer().billingAddress().address1()).isEqualTo("1 High St");
    assertThat(body.customer().billingAddress().email()).isNull();
    assertThat(body.deliverTo().email()).isEqualTo("ada@example.com");
    assertThat(body.payment()).isNull();
    assertThat(body.currencyCode()).isEqualTo("GBP");
    assertThat(body.lineItems())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.sellableId()).isEqualTo(42L);
              assertThat(line.pricePerUnit()).isEqualByComparingTo("9.99");
            });
  }
}
