package org.jointcommissioning.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.contracts.http.RequestIds;

/**
 * Gives every request an id by the platform's rule ({@link RequestIds}). The id is returned on the response; the proxy passes it on to the service.
 */
public class RequestIdHandler implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext context) {
        String id = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
        Exchange.requestId(context, id);
        // Set when the headers go out, so that a service's own header never replaces ours.
        context.addHeadersEndHandler(v -> context.response().headers().set(RequestIds.HEADER, id));
        context.next();
    }
}
