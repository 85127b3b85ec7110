package com.commercegraph.graphql;

import com.commercegraph.payment.CheckoutLink;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CheckoutLink")
@Description("A hosted payment page for one order (VeePe), shareable with the customer.")
public record CheckoutLinkView(
    @Ignore Provider provider,
    @NonNull String sessionId,
    @NonNull String url,
    @Ignore String orderProviderId,
    OffsetDateTime createdAt,
    @Description("Null when the link does not expire.") OffsetDateTime expiresAt) {

  static CheckoutLinkView of(CheckoutLink link) {
    return new CheckoutLinkView(
        link.provider(),
        link.sessionId(),
        link.url(),
        link.orderProviderId(),
        link.createdAt(),
        link.expiresAt());
  }

  @Id
  @NonNull
  @Description("The order to pay.")
  public String getOrderId() {
    return NodeId.encode(provider, EntityKind.ORDER, orderProviderId);
  }
}
