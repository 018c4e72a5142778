package org.jointcommissioning.bidding.rest;

import org.jointcommissioning.bidding.domain.DocumentFile;
import org.jointcommissioning.bidding.domain.DocumentType;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.http.BodyLimits;
import org.jointcommissioning.contracts.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an uploaded document from a raw request body and checks it: a file name, a size within the limit, a declared
 * media type the platform takes (415 otherwise) and content whose signature is that type's (400 otherwise).
 */
final class DocumentUpload {

    static final int MAX_FILENAME = 200;

    private DocumentUpload() {
    }

    static DocumentFile read(String filename, String contentType, InputStream body, long maxBytes) {
        checkFilename(filename);
        DocumentType type = DocumentType.declared(contentType).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "A document is one of " + Arrays.stream(DocumentType.values())
                .map(t -> t.mediaType).collect(Collectors.joining(", ")) + " (text in UTF-8)", List.of()));
        byte[] content = readAtMost(body, maxBytes);
        if (content.length == 0) {
            throw ProblemException.invalid("The document is empty");
        }
        if (!type.matches(content)) {
            throw ProblemException.invalidField("Content-Type", "the content is not " + type.mediaType
                    + ": its signature does not match the declared type");
        }
        return new DocumentFile(filename, type, content);
    }

    private static void checkFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            throw ProblemException.invalidField("filename", "is required: the document's file name");
        }
        if (filename.length() > MAX_FILENAME) {
            throw ProblemException.invalidField("filename", "must be at most " + MAX_FILENAME + " characters");
        }
        if (filename.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\')
                || filename.equals(".") || filename.equals("..")) {
            throw ProblemException.invalidField("filename", "must be a plain file name, without a path or control"
                    + " characters");
        }
    }

    /** The body, refused with 413 once it passes the limit (a body sent without a length is counted as it comes). */
    private static byte[] readAtMost(InputStream body, long maxBytes) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, BodyLimits.overLimit(maxBytes), List.of());
            }
            return content;
        } catch (IOException e) {
            throw ProblemException.invalid("The document's body could not be read to its end");
        }
    }
}
