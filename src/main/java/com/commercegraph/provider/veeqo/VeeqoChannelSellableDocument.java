package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The JSON:API document of {@code /api/v2/channel_sellables}, both as sent and as answered
 * (veeqo-amazon-buyer-protection.txt step 2). Null members are left out of requests.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeeqoChannelSellableDocument(Resource data) {

  // veeqo-amazon-buyer-protection.txt: requests use the plural type, responses the singular.
  private static final String REQUEST_TYPE = "channel_sellables";

  /** The request body for {@code sellable}: a new channel product, or a link to an existing one. */
  static VeeqoChannelSellableDocument request(VeeqoNewChannelSellable sellable) {
    boolean linkExisting = sellable.channelProductId() != null;
    Attributes attributes =
        new Attributes(
            sellable.sellableId(),
            sellable.channelId(),
            sellable.remoteId(),
            sellable.remoteSku(),
            sellable.remoteTitle(),
            null,
            null,
            linkExisting ? null : new ChannelProduct(sellable.remoteTitle()));
    Relationships relationships =
        linkExisting
            ? new Relationships(
                null,
                new Relationship(new ResourceId(sellable.channelProductId(), "channel_product")),
                null)
            : null;
    return new VeeqoChannelSellableDocument(
        new Resource(null, REQUEST_TYPE, attributes, relationships));
  }

  /** The created channel sellable, flattened; null ids where Veeqo left a relationship out. */
  VeeqoChannelSellable toChannelSellable() {
    Attributes attributes =
        data.attributes() == null
            ? new Attributes(null, null, null, null, null, null, null, null)
            : data.attributes();
    Relationships relationships =
        data.relationships() == null ? new Relationships(null, null, null) : data.relationships();
    return new VeeqoChannelSellable(
        data.id(),
        attributes.remoteId(),
        attributes.remoteSku(),
        attributes.remoteTitle(),
        attributes.remotePrice(),
        attributes.active(),
        Relationship.idOf(relationships.channel()),
        Relationship.idOf(relationships.channelProduct()),
        Relationship.idOf(relationships.sellable()));
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Resource(
      String id, String type, Attributes attributes, Relationships relationships) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Attributes(
      // veeqo-amazon-buyer-protection.txt sends both ids as JSON strings ("{{sellable_id}}").
      @JsonProperty("sellable_id") @JsonFormat(shape = JsonFormat.Shape.STRING) Long sellableId,
      @JsonProperty("channel_id") @JsonFormat(shape = JsonFormat.Shape.STRING) Long channelId,
      @JsonProperty("remote_id") String remoteId,
      @JsonProperty("remote_sku") String remoteSku,
      @JsonProperty("remote_title") String remoteTitle,
      @JsonProperty("remote_price") BigDecimal remotePrice,
      Boolean active,
      @JsonProperty("channel_product_attributes") ChannelProduct channelProduct) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ChannelProduct(@JsonProperty("remote_title") String remoteTitle) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Relationships(
      Relationship channel,
      @JsonProperty("channel_product") Relationship channelProduct,
      Relationship sellable) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Relationship(ResourceId data) {

    static String idOf(Relationship relationship) {
      return relationship == null || relationship.data() == null ? null : relationship.data().id();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ResourceId(String id, String type) {}
}
