package org.jointcommissioning.bidding.repository;

import java.util.Optional;

/**
 * Where documents' bytes are kept, by key. It sees only sealed (encrypted) bytes. The PostgreSQL store keeps them in
 * the service's database, in the caller's transaction; an S3-compatible store can take its place.
 */
public interface DocumentStore {

    /** Keeps the bytes under the key, replacing any bytes kept under it. */
    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    /** Forgets the key's bytes; nothing happens when there are none. */
    void delete(String key);
}
