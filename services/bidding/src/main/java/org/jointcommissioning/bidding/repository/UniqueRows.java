package org.jointcommissioning.bidding.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.jointcommissioning.common.problem.ProblemException;

import java.util.function.Supplier;

/**
 * Inserts a row whose uniqueness the database guards: when two requests race past the service's own check,
 * the loser gets the same 409 as if it had been checked, never a 500.
 */
@ApplicationScoped
public class UniqueRows {

    @Inject
    EntityManager em;

    public void insert(Object entity, Supplier<ProblemException> whenTaken) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw whenTaken.get();
            }
            throw e;
        }
    }
}
