package org.jointcommissioning.bidding.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bid documents: how large one may be, how many a bid holds, and the key that wraps their data keys. */
@ConfigMapping(prefix = "bidding.documents")
public interface DocumentsConfig {

    /**
     * The key-encryption key: 32 bytes, base64. A secret (environment or Kubernetes Secret), never in the database:
     * without it the wrapped data keys there open nothing.
     */
    String keyEncryptionKey();

    /** The largest document taken. */
    @WithDefault("10M")
    MemorySize maxSize();

    /** The most live documents one bid holds. */
    @WithDefault("50")
    int maxPerBid();
}
