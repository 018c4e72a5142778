package org.jointcommissioning.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts the request id in the log context for the whole request, and returns it to the caller. */
public class RequestIdFilter {

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void onRequest(ContainerRequestContext request) {
        String id = RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(RequestIds.MDC_KEY, id);
        MDC.put(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RequestIds.MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
        MDC.remove(RequestIds.MDC_KEY);
    }
}
