package org.jointcommissioning.gateway.proxy;

import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.routing.Service;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** What a failed upstream call means for the caller: a timeout is 504, no connection 503, anything else 502. */
record UpstreamFailure(ProblemType kind, String detail) {

    static UpstreamFailure of(Throwable failure, Service service, long timeoutMillis) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return new UpstreamFailure(ProblemType.GATEWAY_TIMEOUT,
                        "The " + service.name() + " service did not answer within " + timeoutMillis + " ms");
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new UpstreamFailure(ProblemType.SERVICE_UNAVAILABLE,
                        "The " + service.name() + " service is not available");
            }
        }
        return new UpstreamFailure(ProblemType.BAD_GATEWAY,
                "The " + service.name() + " service broke off its answer");
    }
}
