package org.jointcommissioning.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.List;

/**
 * The platform's mail sink (GreenMail, started by infra/platform), read through its HTTP API: the subjects of the
 * mails one address received.
 */
final class MailSink {

    static final String API = System.getProperty("platform.mail-api",
            "http://127.0.0.1:" + System.getenv().getOrDefault("MAIL_API_PORT", "3080"));

    private MailSink() {
    }

    /** The subjects of the mails in the address's inbox; none when nothing has reached it yet. */
    static List<String> subjectsTo(String address) {
        var response = RestAssured.given().baseUri(API).accept(ContentType.JSON)
                .get("/api/user/{address}/messages/INBOX", address);
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<String> subjects = response.jsonPath().getList("subject", String.class);
        return subjects == null ? List.of() : subjects;
    }

    /** How many mails to the address have a subject that contains the text. */
    static long count(String address, String subjectContains) {
        return subjectsTo(address).stream().filter(s -> s != null && s.contains(subjectContains)).count();
    }
}
