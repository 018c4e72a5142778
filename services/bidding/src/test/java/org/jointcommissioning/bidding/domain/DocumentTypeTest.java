package org.jointcommissioning.bidding.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTypeTest {

    @Test
    void theDeclaredTypeIsReadWithoutItsParametersAndTextMustBeUtf8() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.declared("Application/PDF"));
        assertEquals(Optional.of(DocumentType.CSV), DocumentType.declared("text/csv; charset=UTF-8"));
        assertEquals(Optional.empty(), DocumentType.declared("text/plain; charset=ISO-8859-1"));
        assertEquals(Optional.empty(), DocumentType.declared("application/octet-stream"));
        assertEquals(Optional.empty(), DocumentType.declared(null));
    }

    @Test
    void eachTypeKnowsItsOwnSignature() {
        assertTrue(DocumentType.PDF.matches(bytes("%PDF-1.7 ...")));
        assertFalse(DocumentType.PDF.matches(bytes("MZ...")));
        byte[] odt = zipWithFirstEntry("mimetypeapplication/vnd.oasis.opendocument.text");
        assertTrue(DocumentType.ODT.matches(odt));
        assertFalse(DocumentType.ODS.matches(odt));
        assertTrue(DocumentType.DOCX.matches(zipWithFirstEntry("[Content_Types].xml word/document.xml")));
        assertFalse(DocumentType.XLSX.matches(zipWithFirstEntry("[Content_Types].xml word/document.xml")));
        assertTrue(DocumentType.TEXT.matches(bytes("Plain words,\ttabs and lines\r\n")));
        assertFalse(DocumentType.TEXT.matches(new byte[] {'a', 0}));
        assertFalse(DocumentType.CSV.matches(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }

    @Test
    void envelopesOpenInOrder() {
        assertEquals(Optional.empty(), Envelope.QUALIFICATION.previous());
        assertEquals(Optional.of(Envelope.TECHNICAL), Envelope.FINANCIAL.previous());
    }

    private static byte[] zipWithFirstEntry(String nameAndContent) {
        byte[] header = new byte[30];
        header[0] = 'P';
        header[1] = 'K';
        header[2] = 3;
        header[3] = 4;
        byte[] rest = bytes(nameAndContent);
        byte[] all = new byte[header.length + rest.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(rest, 0, all, header.length, rest.length);
        return all;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
