package com.commercegraph.payment;

import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WritePath;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/**
 * Getting orders paid: checkout links at the providers that host checkout pages. A link is sent as
 * a write, once ({@link WritePath#send}); with no answer in time the failure is {@code
 * outcomeUnknown()}.
 */
@ApplicationScoped
public class PaymentService {

  private final Instance<CheckoutLinks> links;
  private final WritePath writes;

  PaymentService(Instance<CheckoutLinks> links, WritePath writes) {
    this.links = links;
    this.writes = writes;
  }

  /**
   * @param orderId the provider's own order id
   * @throws com.commercegraph.failure.ProviderException when the provider is disabled or failed
   */
  public WriteResult<CheckoutLink> checkoutLink(Provider provider, String orderId) {
    Optional<CheckoutLinks> port = ProviderBound.of(links, provider);
    if (port.isEmpty()) {
      return WriteResult.refused(InputProblem.unsupported(provider, links, "orderId"));
    }
    return WriteResult.done(writes.send(provider, () -> port.get().checkoutLink(orderId)));
  }
}
