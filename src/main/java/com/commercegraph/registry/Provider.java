package com.commercegraph.registry;

/** The four commerce backends behind the gateway. */
public enum Provider {
  VEEQO("Veeqo"),
  VEEPE("VeePe"),
  RECPLUS("REC+"),
  SHOPWEDO("ShopWeDo");

  private final String displayName;

  Provider(String displayName) {
    this.displayName = displayName;
  }

  /** The provider's own spelling of its name, for messages people read. */
  public String displayName() {
    return displayName;
  }
}
