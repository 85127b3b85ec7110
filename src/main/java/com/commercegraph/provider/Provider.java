package com.commercegraph.provider;

/** The four commerce backends behind the gateway. */
public enum Provider {
  VEEQO,
  VEEPE,
  RECPLUS,
  SHOPWEDO
}
