package com.commercegraph.graphql;

import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockLevel;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("StockLevel")
public record StockLevelView(
    @NonNull Provider provider,
    @NonNull String sku,
    Integer onHand,
    Integer available,
    String warehouse,
    OffsetDateTime updatedAt,
    @Description(
            "The provider's own id of this stock record: Veeqo product/sellable/warehouse,"
                + " ShopWeDo's stock item id, REC+'s code. sku is the merchant's code everywhere.")
        @NonNull
        String providerId)
    implements Node {

  static StockLevelView of(StockLevel level) {
    return level == null || level.sku() == null
        ? null
        : new StockLevelView(
            level.provider(),
            level.sku(),
            level.onHand(),
            level.available(),
            level.warehouse(),
            level.updatedAt(),
            level.providerId());
  }

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(provider, EntityKind.STOCK_LEVEL, providerId);
  }
}
