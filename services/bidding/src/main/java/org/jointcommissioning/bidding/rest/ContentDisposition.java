package org.jointcommissioning.bidding.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a download: an ASCII fallback name and the exact name in UTF-8 (RFC 6266). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
