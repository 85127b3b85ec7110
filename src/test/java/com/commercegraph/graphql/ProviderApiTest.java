package com.commercegraph.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProviderApiTest {

  private static final String PROVIDERS =
      """
      { providers { provider enabled healthy capabilities } }
      """;

  @Test
  void providersListsAllFourEnabledWithTheirCapabilities() {
    GraphQLClient.post(PROVIDERS)
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.providers.provider", contains("VEEQO", "VEEPE", "RECPLUS", "SHOPWEDO"))
        .body("data.providers.enabled", everyItem(org.hamcrest.Matchers.is(true)))
        .body("data.providers[0].capabilities", hasItems("ORDERS_LIST", "CHANNELS_WRITE"))
        .body(
            "data.providers[1].capabilities", hasItems("ORDERS_TRANSITION", "INVOICES", "REPORTS"))
        .body("data.providers[2].capabilities", hasItems("STOCK_WRITE", "ORDERS_SET_STATUS_TEXT"))
        .body("data.providers[3].capabilities", hasItems("ORDERS_READ", "ORDERS_CANCEL"))
        .body("data.providers[3].capabilities", not(hasItems("ORDERS_LIST")));
  }
}
