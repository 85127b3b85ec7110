package com.commercegraph.order.event;

import com.commercegraph.registry.Provider;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Each instance polls for itself: right for one instance; duplicates are dropped as seen. */
@DefaultBean
@ApplicationScoped
class EveryInstancePolls implements PollTurns {

  @Override
  public boolean mine(Provider provider) {
    return true;
  }
}
