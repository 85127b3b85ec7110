package com.commercegraph.provider.shopwedo;

/** What the tests send ShopWeDo through its client, as its wire records. */
public final class ShopwedoSamples {

  private ShopwedoSamples() {}

  /** Mr Peeters' address in Mechelen, Kerkstraat 12, with or without his first name and a box. */
  public static ShopwedoAddress peetersInMechelen(String firstName, String box) {
    return new ShopwedoAddress(
        firstName,
        "Peeters",
        null,
        null,
        "Kerkstraat",
        "12",
        box,
        "2800",
        "Mechelen",
        "BE",
        "jan@example.be",
        "+3215000000");
  }
}
