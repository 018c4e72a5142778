package org.jointcommissioning.common.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.contracts.problem.ProblemType;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The input rules that hold for every API request before any resource sees it, so that no service can forget them:
 * no control character or backslash in the path, query or headers (a 400, never a database error; a header that
 * the HTTP parser itself refuses gets its bare 400 before any handler runs); {@code If-Match} and
 * {@code Idempotency-Key} at most {@value #CONTROL_HEADER_MAX} characters; page and size
 * within their bounds (a 400, not a 404 or a negative offset); answers only in JSON, or CSV on a read (406
 * otherwise); bodies only
 * in JSON (415 otherwise), except on a service's document paths ({@link DocumentPaths}).
 */
@ApplicationScoped
public class RequestHygiene {

    /** The longest {@code If-Match} or {@code Idempotency-Key} accepted: both are short tokens. */
    public static final int CONTROL_HEADER_MAX = 200;

    /** The longest address (path and query) answered; the HTTP parser accepts longer, so that this is a problem. */
    public static final int MAX_URI_LENGTH = 8192;
    /** The most header bytes (names and values) answered; the parser accepts more, likewise. */
    public static final int MAX_HEADERS_SIZE = 16384;

    private static final String API = "/api/";
    private static final List<String> CONTROL_HEADERS = List.of("If-Match", "Idempotency-Key");

    @Inject
    DocumentPaths documents;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!request.path().startsWith(API)) {
            context.next();
            return;
        }
        String uri = request.uri();
        if (uri.length() > MAX_URI_LENGTH) {
            refuse(context, ProblemType.URI_TOO_LONG, "The address is longer than " + MAX_URI_LENGTH + " characters");
            return;
        }
        if (headersSize(request) > MAX_HEADERS_SIZE) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "The headers are larger than " + MAX_HEADERS_SIZE + " bytes");
            return;
        }
        if (Paths.hasControlCharacter(uri)) {
            refuse(context, ProblemType.INVALID_REQUEST, "The path or query contains a control character");
            return;
        }
        if (Paths.hasBackslash(request.path())) {
            refuse(context, ProblemType.INVALID_REQUEST, "The path contains a backslash");
            return;
        }
        for (Map.Entry<String, String> header : request.headers()) {
            if (Paths.hasRawControlCharacter(header.getValue())) {
                refuse(context, ProblemType.INVALID_REQUEST, "The header " + header.getKey() + " contains a control character");
                return;
            }
        }
        for (String name : CONTROL_HEADERS) {
            String value = request.getHeader(name);
            if (value != null && value.length() > CONTROL_HEADER_MAX) {
                RawProblems.send(context, ProblemType.INVALID_REQUEST, "The " + name + " header is too long",
                        List.of(new Problem.FieldError(name, "must be at most " + CONTROL_HEADER_MAX + " characters")));
                return;
            }
        }
        List<Problem.FieldError> paging = PageRequest.problemsWith(single(request, "page"), single(request, "size"));
        if (!paging.isEmpty()) {
            RawProblems.send(context, ProblemType.INVALID_REQUEST, "The paging parameters are not valid", paging);
            return;
        }
        if (documents.carriesDocuments(request.path())) {
            // A document's media type is checked by its resource, against the document's content.
            context.next();
            return;
        }
        // Lists are also read as CSV (Accept: text/csv or format=csv), for spreadsheets; a resource that has no CSV
        // form answers 406 itself.
        boolean csvRead = request.method() == HttpMethod.GET && (MediaTypes.acceptsCsv(request.getHeader("Accept"))
                || "csv".equals(single(request, "format")));
        if (!csvRead && !MediaTypes.acceptsJson(request.getHeader("Accept"))) {
            refuse(context, ProblemType.NOT_ACCEPTABLE, "This API answers in application/json (problems in "
                    + Problem.MEDIA_TYPE + ")");
            return;
        }
        if (hasBody(request) && !MediaTypes.isJson(request.getHeader("Content-Type"))) {
            refuse(context, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
            return;
        }
        context.next();
    }

    private static int headersSize(HttpServerRequest request) {
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length();
        }
        return size;
    }

    /** The parameter's value; a repeated parameter counts as invalid, whatever its values. */
    private static String single(HttpServerRequest request, String name) {
        List<String> values = request.params().getAll(name);
        if (values.isEmpty()) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : "repeated";
    }

    private static boolean hasBody(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (!(method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH)) {
            return false;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            return !"0".equals(length.trim());
        }
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static void refuse(RoutingContext context, ProblemType type, String detail) {
        RawProblems.send(context, type, detail, List.of());
    }
}
