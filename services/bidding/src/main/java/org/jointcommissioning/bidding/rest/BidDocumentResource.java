package org.jointcommissioning.bidding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.bidding.config.DocumentsConfig;
import org.jointcommissioning.bidding.domain.BidDocument;
import org.jointcommissioning.bidding.domain.DocumentFile;
import org.jointcommissioning.bidding.domain.Envelope;
import org.jointcommissioning.bidding.service.BidDocuments;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.csv.CsvTable;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.common.web.PublicLinks;

import java.io.InputStream;
import java.util.List;

/**
 * A bid's documents, each sealed (encrypted) in its envelope: uploaded as a raw body, with the file name and the
 * envelope as query parameters and the document's media type as Content-Type.
 */
@Path("/api/bids/{id}/documents")
@Tag(name = "Bid documents", description = "Documents in envelopes: sealed until a commissioner opens the envelope")
public class BidDocumentResource {

    /** The default bidding.documents.max-size (10 MB), as the contract states it; a deployment may set less. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String TEXT = "text/plain";
    private static final String CSV = "text/csv";

    @Inject
    BidDocuments documents;

    @Inject
    DocumentsConfig config;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicLinks links;

    @POST
    @Transactional
    @RolesAllowed(Roles.BIDDER)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a document to your bid",
            description = "Before the submission deadline, to a live bid of your organisation. The body is the file;"
                    + " Content-Type its media type (PDF, DOCX, XLSX, ODT, ODS, plain text or CSV in UTF-8), which must"
                    + " match the content's own signature. At most bidding.documents.max-size (10 MB by default) and 50"
                    + " documents a bid. The content is encrypted at once and cannot be read by anyone, you included,"
                    + " until a commissioner opens its envelope after the deadline; the answer's sha256 is your receipt.")
    @RequestBody(required = true, description = "The document's bytes", content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = ODT, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = ODS, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES))})
    @APIResponse(responseCode = "201", description = "Sealed in its envelope; a retry with the same Idempotency-Key and"
            + " file answers the same",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = DocumentResponse.class)))
    @APIResponse(responseCode = "400", description = "No file name or envelope, an empty file, content that is not of"
            + " the declared type, or no Idempotency-Key",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such bid, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is no longer live, the deadline has passed, the bid holds"
            + " the most documents it may, or the Idempotency-Key was used with another file",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The document is over the size limit",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a media type the platform takes",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("id") @Size(max = 36) String bidId,
                           @Parameter(required = true, description = "The envelope to seal it in",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"qualification",
                                           "technical", "financial"}))
                           @QueryParam("envelope") @Size(max = 20) String envelopeName,
                           @Parameter(required = true, description = "The file's name, without a path")
                           @QueryParam("filename") @Size(max = DocumentUpload.MAX_FILENAME) String filename,
                           @Parameter(required = true) @HeaderParam(Idempotency.HEADER) String key,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           InputStream body) {
        Envelope envelope = Kebab.parse(Envelope.class, "envelope", envelopeName);
        if (envelope == null) {
            throw ProblemException.invalidField("envelope", "is required: one of qualification, technical, financial");
        }
        DocumentFile file = DocumentUpload.read(filename, contentType, body, config.maxSize().asLongValue());
        return idempotency.once("upload-bid-document", key, new Receipt(bidId, envelope, file), () -> {
            BidDocument document = documents.upload(bidId, envelope, file);
            return Response.created(links.to("/api/bids/" + bidId + "/documents/" + document.id))
                    .entity(DocumentResponse.of(document)).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @RolesAllowed({Roles.BIDDER, Roles.COMMISSIONER, Roles.AUDITOR})
    @Operation(summary = "List a bid's documents",
            description = "Metadata and receipts only, never content: the bidding organisation at any time; once the"
                    + " bid is opened at the deadline, the opportunity owner's commissioners and the auditor. In the"
                    + " order of envelope (qualification, technical, financial), upload time, then id.")
    @APIResponse(responseCode = "200", description = "A page of the bid's live documents",
            content = {@Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = DocumentPage.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    @APIResponse(responseCode = "404", description = "No such bid, or not visible to you (a sealed bid is not revealed)",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DocumentPage list(@PathParam("id") @Size(max = 36) String bidId,
                             @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
                             @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<DocumentResponse> all = documents.list(bidId).stream().map(DocumentResponse::of).toList();
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new DocumentPage(all.subList(from, to), request.page(), request.size(), all.size());
    }

    @GET
    @Path("/{documentId}/content")
    @RolesAllowed({Roles.BIDDER, Roles.COMMISSIONER, Roles.AUDITOR})
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Read a document's content",
            description = "Only once its envelope is opened: then the bidding organisation, the opportunity owner's"
                    + " commissioners and the auditor. Before that nobody, the bidder included: the content is"
                    + " encrypted and its key is not unwrapped.")
    @APIResponse(responseCode = "200", description = "The document as uploaded, with its media type", content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = ODT, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = ODS, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES))},
            headers = {
                    @Header(name = "Content-Disposition", description = "attachment, with the file name", required = true,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 700)),
                    @Header(name = "Digest-SHA256", description = "The document's SHA-256 receipt, in hex",
                            required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 64))})
    @APIResponse(responseCode = "404", description = "No such bid or document, or not visible to you",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The document's envelope is still sealed",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response content(@PathParam("id") @Size(max = 36) String bidId,
                            @PathParam("documentId") @Size(max = 36) String documentId) {
        BidDocuments.Content content = documents.content(bidId, documentId);
        BidDocument document = content.document();
        return Response.ok(content.bytes(), document.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(document.filename()))
                .header("Digest-SHA256", document.sha256())
                .build();
    }

    @PUT
    @Path("/{documentId}")
    @RolesAllowed(Roles.BIDDER)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaTypes.JSON)
    @Operation(summary = "Replace a document of your bid",
            description = "Before the submission deadline: the body is the new file, as for an upload; it stays in its"
                    + " envelope and keeps its id; the answer carries its new receipt.")
    @RequestBody(required = true, description = "The document's new bytes", content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = ODT, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = ODS, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES))})
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = DocumentResponse.class)))
    @APIResponse(responseCode = "400", description = "No file name, an empty file, or content not of the declared type",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such bid or document, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is no longer live, or the deadline has passed",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The document is over the size limit",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a media type the platform takes",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DocumentResponse replace(@PathParam("id") @Size(max = 36) String bidId,
                                    @PathParam("documentId") @Size(max = 36) String documentId,
                                    @Parameter(required = true, description = "The file's name, without a path")
                                    @QueryParam("filename") @Size(max = DocumentUpload.MAX_FILENAME) String filename,
                                    @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                    InputStream body) {
        DocumentFile file = DocumentUpload.read(filename, contentType, body, config.maxSize().asLongValue());
        return DocumentResponse.of(documents.replace(bidId, documentId, file));
    }

    @POST
    @Path("/{documentId}/withdraw")
    @RolesAllowed(Roles.BIDDER)
    @Produces(MediaTypes.JSON)
    @Operation(summary = "Withdraw a document from your bid",
            description = "Before the submission deadline; its encrypted content is deleted, its metadata kept in the"
                    + " audit trail.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = DocumentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such bid or live document, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is no longer live, or the deadline has passed",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DocumentResponse withdraw(@PathParam("id") @Size(max = 36) String bidId,
                                     @PathParam("documentId") @Size(max = 36) String documentId) {
        return DocumentResponse.of(documents.withdraw(bidId, documentId));
    }

    /** What makes an upload the same upload, for its Idempotency-Key: the bid, the envelope and the file. */
    record Receipt(String bidId, String envelope, String filename, String contentType, String sha256) {

        Receipt(String bidId, Envelope envelope, DocumentFile file) {
            this(bidId, Kebab.of(envelope), file.filename(), file.type().mediaType, file.sha256());
        }
    }

    /** The list's schema: a page of documents, with the limits of the toolkit's Page. */
    @Schema(name = "DocumentPage")
    public record DocumentPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "This page's documents")
            List<DocumentResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, description = "The page, counted from 0")
            int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, description = "The most documents a page holds")
            int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991", description = "The documents in all pages")
            long total) implements CsvTable {
    }
}
