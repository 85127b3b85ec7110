package com.commercegraph.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * This gateway process among the instances sharing a Redis: a random id drawn at start, so that a
 * restarted instance is a new one (its leases are not taken for still held) and no two instances
 * ever share one without configuration.
 */
@ApplicationScoped
public class InstanceIdentity {

  private final String id = UUID.randomUUID().toString();

  public String id() {
    return id;
  }
}
