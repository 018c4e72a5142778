package org.jointcommissioning.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jointcommissioning.contracts.http.RequestIds;

/** Puts the request id in the log context for the whole request, and returns it to the caller. */
public class RequestIdFilter {

    /** The log context key of the request id, also read by problem documents. */
    public static final String MDC_KEY = "requestId";

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void onRequest(ContainerRequestContext request) {
        String id = RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
        MDC.remove(MDC_KEY);
    }
}
