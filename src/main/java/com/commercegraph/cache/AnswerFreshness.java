package com.commercegraph.cache;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What one request asks of the caches and what its answer got from them: whether the client wants
 * fresh data ({@code Cache-Control: no-cache} or {@code max-age=0} on the request), when the oldest
 * data in the answer was read from its provider, and when the first of the kept data it used
 * expires. The API shows the age to clients; an HTTP layer can take the expiry for its own caching
 * headers ({@link #earliestExpiry()}).
 */
@RequestScoped
public class AnswerFreshness {

  private final CurrentVertxRequest request;
  private Boolean noCache;
  private Instant oldestRead;
  private Instant earliestExpiry;
  private boolean untracked;

  AnswerFreshness(CurrentVertxRequest request) {
    this.request = request;
  }

  /** True when the client asked for data read now, not kept data. */
  public synchronized boolean noCache() {
    if (noCache == null) {
      RoutingContext current = request.getCurrent();
      noCache = current != null && asksForFreshData(current.request().getHeader("Cache-Control"));
    }
    return noCache;
  }

  /**
   * The answer used data read from a provider at {@code readAt}, kept until {@code expiresAt} (null
   * when it is not kept at all).
   */
  public synchronized void used(Instant readAt, Instant expiresAt) {
    if (oldestRead == null || readAt.isBefore(oldestRead)) {
      oldestRead = readAt;
    }
    if (expiresAt != null && (earliestExpiry == null || expiresAt.isBefore(earliestExpiry))) {
      earliestExpiry = expiresAt;
    }
  }

  /**
   * The answer used provider data whose age is not tracked here (by-id caches, reads that are never
   * kept): the answer as a whole must not be reused.
   */
  public synchronized void usedUntracked() {
    untracked = true;
  }

  /**
   * True when the whole answer may be kept and served again until {@link #earliestExpiry()}: all
   * the provider data it used is kept, and tracked here.
   */
  public synchronized boolean reusable() {
    return oldestRead != null && earliestExpiry != null && !untracked;
  }

  /** True when the answer used data read through the caches, kept or fresh. */
  public synchronized boolean anyUsed() {
    return oldestRead != null;
  }

  /** How old the oldest data in the answer is; zero when everything was read for it. */
  public synchronized Duration age(Instant now) {
    if (oldestRead == null || oldestRead.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(oldestRead, now);
  }

  /**
   * When the first of the kept data the answer used stops being served, null when the answer used
   * none that is kept (every cache it went through is off).
   */
  public synchronized Instant earliestExpiry() {
    return earliestExpiry;
  }

  static boolean asksForFreshData(String cacheControl) {
    if (cacheControl == null) {
      return false;
    }
    for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
      String trimmed = directive.trim();
      if (trimmed.equals("no-cache") || trimmed.equals("no-store") || trimmed.equals("max-age=0")) {
        return true;
      }
    }
    return false;
  }
}
