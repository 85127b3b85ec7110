package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Veeqo's REST API as documented in veeqo-reference/ and veeqo-amazon-buyer-protection.txt. Built
 * by {@link VeeqoClient}, which adds auth and error mapping; callers use that, not this. List calls
 * return the response so that the paging headers can be read.
 */
// Registered under its key only so that quarkus.rest-client."veeqo".* is read: the client is
// built by VeeqoClient, which applies those settings (settings/StandardRestClientKeys).
@RegisterRestClient(configKey = "veeqo")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VeeqoRestClient extends AutoCloseable {

  /** JSON:API media type; veeqo-amazon-buyer-protection.txt: without it Veeqo answers 415. */
  String JSON_API = "application/vnd.api+json";

  @GET
  @Path("/orders")
  RestResponse<List<VeeqoOrder>> orders(
      @QueryParam("since_id") Long sinceId,
      @QueryParam("created_at_min") String createdAtMin,
      @QueryParam("updated_at_min") String updatedAtMin,
      @QueryParam("status") String status,
      @QueryParam("query") String query,
      @QueryParam("tags") String tags,
      @QueryParam("page") Integer page,
      @QueryParam("page_size") Integer pageSize);

  @GET
  @Path("/orders/{id}")
  VeeqoOrder order(@PathParam("id") long id);

  @POST
  @Path("/orders")
  VeeqoOrder createOrder(OrderBody body);

  @GET
  @Path("/products")
  RestResponse<List<VeeqoProduct>> products(
      @QueryParam("since_id") Long sinceId,
      @QueryParam("created_at_min") String createdAtMin,
      @QueryParam("updated_at_min") String updatedAtMin,
      @QueryParam("query") String query,
      @QueryParam("warehouse_id") Long warehouseId,
      @QueryParam("page") Integer page,
      @QueryParam("page_size") Integer pageSize);

  @GET
  @Path("/products/{id}")
  VeeqoProduct product(@PathParam("id") long id);

  @GET
  @Path("/sellables/{sellableId}/warehouses/{warehouseId}/stock_entry")
  VeeqoStockEntry stockEntry(
      @PathParam("sellableId") long sellableId, @PathParam("warehouseId") long warehouseId);

  @PUT
  @Path("/sellables/{sellableId}/warehouses/{warehouseId}/stock_entry")
  VeeqoStockEntry updateStockEntry(
      @PathParam("sellableId") long sellableId,
      @PathParam("warehouseId") long warehouseId,
      StockEntryBody body);

  @GET
  @Path("/channels")
  RestResponse<List<VeeqoChannel>> channels(
      @QueryParam("page") Integer page, @QueryParam("page_size") Integer pageSize);

  @POST
  @Path("/channels")
  VeeqoChannel createChannel(ChannelBody body);

  @POST
  @Path("/api/v2/channel_sellables")
  @Produces(JSON_API)
  VeeqoChannelSellableDocument createChannelSellable(VeeqoChannelSellableDocument body);

  record OrderBody(VeeqoNewOrder order) {}

  record StockEntryBody(@JsonProperty("stock_entry") VeeqoStockUpdate stockEntry) {}

  record ChannelBody(VeeqoNewChannel channel) {}
}
