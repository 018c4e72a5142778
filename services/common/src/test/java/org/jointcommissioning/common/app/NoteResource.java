package org.jointcommissioning.common.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.metrics.BusinessMetrics;
import org.jointcommissioning.common.metrics.CounterName;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.net.URI;
import java.util.UUID;

/** A resource of the test application that uses each part of the toolkit once. */
@Path("/api/notes")
public class NoteResource {

    /** Counted once a note's transaction commits. */
    public static final CounterName NOTES_WRITTEN = CounterName.of("platform.notes.written", "Notes written");

    @Inject
    EventPublisher events;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    BusinessMetrics metrics;

    @POST
    @Transactional
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid NoteRequest request) {
        return idempotency.once("create-note", key, request, () -> {
            Note note = write(request.text());
            note.budget = request.budget() == null ? null : request.budget().amount();
            return Response.created(URI.create("/api/notes/" + note.id)).entity(NoteResponse.of(note)).build();
        });
    }

    /** Copies a note under an idempotency scope that names the path, however long the path is. */
    @POST
    @Path("/{id}/copies")
    @Transactional
    public Response copy(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                         @Valid NoteRequest request) {
        return idempotency.once("copy-note:" + id, key, request, () -> {
            Note note = write(request.text());
            return Response.created(URI.create("/api/notes/" + note.id)).entity(NoteResponse.of(note)).build();
        });
    }

    /** Writes a note and its event, then fails: neither may survive. */
    @POST
    @Path("/failing")
    @Transactional
    public void createThenFail(@Valid NoteRequest request) {
        write(request.text());
        throw ProblemException.conflict("Refused after writing " + request.text());
    }

    @GET
    @Path("/{id}")
    public NoteResponse get(@PathParam("id") String id) {
        Note note = Note.findById(id);
        if (note == null) {
            throw ProblemException.notFound("Note", id);
        }
        return NoteResponse.of(note);
    }

    /** Updates a note as of a version the client read: a stale version is a concurrent change. */
    @PUT
    @Path("/{id}")
    @Transactional
    public NoteResponse update(@PathParam("id") String id, @QueryParam("version") int version, @Valid NoteRequest request) {
        Note note = Note.findById(id);
        if (note == null) {
            throw ProblemException.notFound("Note", id);
        }
        em.detach(note);
        note.version = version;
        note.text = request.text();
        return NoteResponse.of(em.merge(note));
    }

    @GET
    public long count(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest.of(page, size);
        return Note.count();
    }

    @GET
    @Path("/secret")
    @RolesAllowed("commissioner")
    public String secret() {
        return "for " + caller.requireOrgId();
    }

    @GET
    @Path("/of/{orgId}")
    @RolesAllowed("commissioner")
    public String ownRow(@PathParam("orgId") String orgId) {
        caller.requireOwnRow(orgId, "Note", "n-1");
        return "yours";
    }

    @GET
    @Path("/broken")
    public String broken() {
        throw new IllegalStateException("select * from secret_table where password = 'x'");
    }

    private Note write(String text) {
        Note note = new Note();
        note.id = UUID.randomUUID().toString();
        note.text = text;
        note.persist();
        events.publish(note.id, new NoteWritten(note.id, text));
        metrics.count(NOTES_WRITTEN);
        return note;
    }
}
