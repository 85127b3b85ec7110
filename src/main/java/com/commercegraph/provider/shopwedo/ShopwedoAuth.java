package com.commercegraph.provider.shopwedo;

/**
 * The auth object ShopWeDo expects with every call (shopwedo-api.txt, POST /authTest). Single-use:
 * a fresh one is signed for each request.
 *
 * @param timestamp Unix seconds; ShopWeDo rejects it after 15 minutes or when in the future
 * @param salt random per request
 * @param token lowercase hex HMAC-SHA512 of shopid + shop key + timestamp + salt
 */
record ShopwedoAuth(long shopid, long timestamp, String salt, String token) {

  /** Leaves the token out: it proves knowledge of the shop key for up to 15 minutes. */
  @Override
  public String toString() {
    return "ShopwedoAuth[shopid=" + shopid + ", timestamp=" + timestamp + ", salt=" + salt + "]";
  }
}
