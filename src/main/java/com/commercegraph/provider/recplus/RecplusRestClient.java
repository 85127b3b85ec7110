package com.commercegraph.provider.recplus;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The REC+ endpoints the gateway uses, relative to the site's {@code https://{DOMAIN}/api/v1}. Null
 * query parameters are left out of the URL. Only {@link RecplusClient} builds and calls this; it
 * adds HTTP Basic auth and maps errors.
 */
// Registered under its key only so that quarkus.rest-client."recplus".* is read: the client is
// built by RecplusClient, which applies those settings (settings/StandardRestClientKeys).
@RegisterRestClient(configKey = "recplus")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RecplusRestClient {

  /** recplus-api.txt: most collections return full data on each item with {@code fields=*}. */
  String ALL_FIELDS = "*";

  /** recplus-api.txt: products also support lookups by code with {@code ?identifier=code}. */
  String CODE_IDENTIFIER = "code";

  @GET
  @Path("/orders")
  RecplusOrderPage orders(
      @QueryParam("limit") Integer limit,
      @QueryParam("offset") Long offset,
      @QueryParam("since_timestamp") Long sinceTimestamp,
      @QueryParam("fields") String fields);

  @GET
  @Path("/orders/{id}")
  RecplusOrder order(@PathParam("id") String id);

  /** The answer is returned as text: 204 on a real update, an undocumented diff with diffOnly. */
  @POST
  @Path("/orders/{id}")
  String updateOrder(
      @PathParam("id") String id,
      @QueryParam("diffOnly") Boolean diffOnly,
      RecplusOrderUpdate update);

  @GET
  @Path("/products")
  RecplusProductPage products(
      @QueryParam("q") String q,
      @QueryParam("ids") String ids,
      @QueryParam("status") String status,
      @QueryParam("limit") Integer limit,
      @QueryParam("offset") Long offset,
      @QueryParam("fields") String fields,
      @QueryParam("sort") String sort);

  @GET
  @Path("/products/{id}")
  RecplusProduct product(@PathParam("id") String id, @QueryParam("identifier") String identifier);

  @GET
  @Path("/stock")
  RecplusStockPage stock(
      @QueryParam("codes") String codes,
      @QueryParam("limit") Integer limit,
      @QueryParam("offset") Long offset);

  @GET
  @Path("/stock/{code}")
  RecplusStockItem stockItem(@PathParam("code") String code);

  @POST
  @Path("/stock/{code}")
  String updateStockItem(
      @PathParam("code") String code,
      @QueryParam("diffOnly") Boolean diffOnly,
      RecplusStockUpdate update);

  /** recplus-api.txt: batch update "requires a direct array of stock objects". */
  @POST
  @Path("/stock")
  String updateStock(@QueryParam("diffOnly") Boolean diffOnly, List<RecplusStockUpdate> updates);
}
