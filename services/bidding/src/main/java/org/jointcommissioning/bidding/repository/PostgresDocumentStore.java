package org.jointcommissioning.bidding.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The document store in PostgreSQL ({@code document_blob}, bytea), written in the same transaction as the metadata. */
@ApplicationScoped
public class PostgresDocumentStore implements DocumentStore {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String key, byte[] bytes) {
        em.createNativeQuery("""
                        insert into document_blob (blob_key, bytes, stored_at) values (:key, :bytes, :at)
                        on conflict (blob_key) do update set bytes = excluded.bytes, stored_at = excluded.stored_at""")
                .setParameter("key", key).setParameter("bytes", bytes).setParameter("at", clock.instant())
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> get(String key) {
        List<?> rows = em.createNativeQuery("select bytes from document_blob where blob_key = :key")
                .setParameter("key", key).getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String key) {
        em.createNativeQuery("delete from document_blob where blob_key = :key").setParameter("key", key)
                .executeUpdate();
    }
}
