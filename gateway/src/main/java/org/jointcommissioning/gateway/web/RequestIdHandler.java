package org.jointcommissioning.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the client's if it is sane (so a client can follow its own request through the
 * logs), else a new one. The id is returned on the response; the proxy passes it on to the service.
 */
public class RequestIdHandler implements Handler<RoutingContext> {

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public void handle(RoutingContext context) {
        String sent = context.request().getHeader(Exchange.REQUEST_ID_HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        Exchange.requestId(context, id);
        // Set when the headers go out, so that a service's own header never replaces ours.
        context.addHeadersEndHandler(v -> context.response().headers().set(Exchange.REQUEST_ID_HEADER, id));
        context.next();
    }
}
