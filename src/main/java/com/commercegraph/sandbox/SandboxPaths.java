package com.commercegraph.sandbox;

import com.commercegraph.settings.SandboxUrls;

/** Where each simulator is served, relative to the gateway's own HTTP root. */
public final class SandboxPaths {

  public static final String ROOT = SandboxUrls.ROOT;
  public static final String VEEQO = ROOT + "/veeqo";
  public static final String VEEPE = ROOT + "/veepe/v1";
  public static final String RECPLUS = ROOT + "/recplus/api/v1";
  public static final String SHOPWEDO = ROOT + "/shopwedo/admin/api";

  private SandboxPaths() {}
}
