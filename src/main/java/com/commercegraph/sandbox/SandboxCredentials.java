package com.commercegraph.sandbox;

/**
 * The fixed credentials the simulators accept and the gateway is given while the sandbox stands in
 * for a provider. They are public on purpose (README), and worthless against any real provider:
 * each simulator accepts only these, and no real account uses them.
 */
public final class SandboxCredentials {

  public static final String VEEQO_API_KEY = "sandbox-veeqo-api-key";
  public static final String VEEQO_OAUTH_TOKEN = "sandbox-veeqo-oauth-token";

  public static final String VEEPE_CLIENT_ID = "sandbox-veepe-client";
  public static final String VEEPE_CLIENT_SECRET = "sandbox-veepe-secret";

  public static final String RECPLUS_USERNAME = "sandbox";
  public static final String RECPLUS_PASSWORD = "sandbox-recplus-password";

  /** The Bearer token the simulated site's webhooks carry to the gateway. */
  public static final String RECPLUS_WEBHOOK_TOKEN = "sandbox-recplus-webhook-token";

  public static final String SHOPWEDO_SHOP_ID = "4711";
  public static final String SHOPWEDO_SHOP_KEY = "sandbox-shopwedo-shop-key";

  private SandboxCredentials() {}
}
