package org.jointcommissioning.bidding.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document a bid may carry, each with the media type a bidder declares and a check of the content's
 * own signature, so that a file is what it says it is (an executable called a PDF is refused).
 */
public enum DocumentType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODT("application/vnd.oasis.opendocument.text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    TEXT("text/plain"),
    CSV("text/csv");

    private static final byte[] PDF_SIGNATURE = ascii("%PDF-");
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    /** An OpenDocument package starts with an uncompressed entry "mimetype" whose content is the media type. */
    private static final int ODF_MIMETYPE_OFFSET = 30;

    public final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The type a declared Content-Type names (parameters aside; a text's charset must be UTF-8 or ASCII). */
    public static Optional<DocumentType> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] parts = contentType.split(";");
        String base = parts[0].trim().toLowerCase(Locale.ROOT);
        for (DocumentType type : values()) {
            if (type.mediaType.equals(base) && (!type.isText() || utf8Charset(parts))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether the content's own signature is this type's. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, PDF_SIGNATURE, 0);
            case DOCX -> startsWith(content, ZIP_SIGNATURE, 0) && contains(content, ascii("word/"));
            case XLSX -> startsWith(content, ZIP_SIGNATURE, 0) && contains(content, ascii("xl/"));
            case ODT, ODS -> startsWith(content, ZIP_SIGNATURE, 0)
                    && startsWith(content, ascii("mimetype" + mediaType), ODF_MIMETYPE_OFFSET);
            case TEXT, CSV -> isPlainText(content);
        };
    }

    private boolean isText() {
        return this == TEXT || this == CSV;
    }

    private static boolean utf8Charset(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2) {
                String charset = parameter[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("us-ascii")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** UTF-8 with no control character but tab, line feed, carriage return and form feed. */
    private static boolean isPlainText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f);
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int offset) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
