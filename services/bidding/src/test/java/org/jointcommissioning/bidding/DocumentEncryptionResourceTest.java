package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Documents;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a copy of the database holds of a sealed document: ciphertext, and a key that opens nothing without the KEK. */
@QuarkusTest
class DocumentEncryptionResourceTest {

    @Test
    void theStoredBytesHoldNoFragmentOfTheDocumentAndTheRowNoUsableKey() {
        MutableClock clock = MutableClock.install();
        OpportunityPublished opportunity = Opportunities.publish("nhs-trust", clock.tomorrow());
        Organisations.registerCharity("crypto-bidder-" + System.nanoTime());
        String bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        byte[] plaintext = Documents.pdf(Documents.METHOD_STATEMENT);
        String id = Documents.uploaded(bid, "technical", Documents.METHOD_STATEMENT);

        byte[] stored = (byte[]) Documents.column("select bytes from document_blob where blob_key = :id", id);
        assertNotNull(stored);
        assertFalse(containsAnyFragment(stored, plaintext, 6), "the stored bytes contain a piece of the document");
        assertEquals(12 + plaintext.length + 16, stored.length, "a nonce, the ciphertext and its tag");

        byte[] wrapped = (byte[]) Documents.column("select wrapped_key from bid_document where id = :id", id);
        assertEquals(12 + 32 + 16, wrapped.length, "the data key is kept only wrapped: nonce, key, tag");
        assertThrows(Exception.class, () -> decrypt(Arrays.copyOfRange(wrapped, 12, 44), stored),
                "the wrapped key's bytes do not open the document");
        assertEquals(0L, ((Number) Documents.column(
                "select count(*) from bid_envelope where bid_id = :id", bid)).longValue(), "no envelope is opened");
        byte[] kek = "test-only-key-encryption-key-32b".getBytes(StandardCharsets.US_ASCII);
        assertFalse(containsAnyFragment(wrapped, kek, 8), "the key-encryption key is not in the row");
    }

    /** Whether any {@code window}-byte piece of {@code secret} appears in {@code haystack}. */
    private static boolean containsAnyFragment(byte[] haystack, byte[] secret, int window) {
        for (int s = 0; s + window <= secret.length; s++) {
            for (int h = 0; h + window <= haystack.length; h++) {
                if (Arrays.equals(haystack, h, h + window, secret, s, s + window)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] decrypt(byte[] key, byte[] sealed) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(128, Arrays.copyOf(sealed, 12)));
        return cipher.doFinal(sealed, 12, sealed.length - 12);
    }
}
