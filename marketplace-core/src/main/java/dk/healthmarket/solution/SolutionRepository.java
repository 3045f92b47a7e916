package dk.healthmarket.solution;

import dk.healthmarket.persistence.PagedQuery;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where solutions and their revisions are kept. */
@ApplicationScoped
public class SolutionRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Solution> find(long id) {
        return Optional.ofNullable(em.find(Solution.class, id));
    }

    /** Persists a new solution and its first revision. */
    public Solution add(Solution solution, SolutionDraft draft, Instant now) {
        em.persist(solution);
        em.flush();
        em.persist(solution.start(draft, now));
        em.flush();
        return solution;
    }

    /** Persists a revision the solution has just started, if it is new. */
    public void save(SolutionRevision revision) {
        if (revision.id() == null) {
            em.persist(revision);
        }
        em.flush();
    }

    public void lock(Solution solution) {
        em.refresh(solution, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Solutions whose working revision waits for review, the longest waiting first. */
    public Page<Solution> awaitingReview(PageRequest page) {
        return PagedQuery.of(em, Solution.class, "s")
                .where("s.working.status = :submitted", "submitted", SolutionStatus.SUBMITTED)
                .page("s.working.submittedAt, FUNCTION('SHA2', s.id, 256)", page);
    }

    /** A solution's revisions, oldest first. */
    public List<SolutionRevision> revisions(long solutionId) {
        return em.createQuery("select r from SolutionRevision r where r.solution.id = :solution order by r.number", SolutionRevision.class)
                .setParameter("solution", solutionId).getResultList();
    }

    /** Approved solutions whose public revision holds a certificate that expired before {@code today}, the longest expired first. */
    public Page<Solution> withExpiredCertificates(LocalDate today, PageRequest page) {
        return PagedQuery.of(em, Solution.class, "s")
                .where("s.approved.certificatesExpireOn < :today", "today", today)
                .page("s.approved.certificatesExpireOn, s.id", page);
    }

    /** The reviews of a solution, oldest first. */
    public List<Review> reviews(long solutionId) {
        return em.createQuery("select r from Review r where r.solution.id = :solution order by r.startedAt, r.id", Review.class)
                .setParameter("solution", solutionId).getResultList();
    }

    public Review add(Review review) {
        em.persist(review);
        em.flush();
        return review;
    }

    /** One company's solutions, newest first. */
    public Page<Solution> ofCompany(long companyId, PageRequest page) {
        return PagedQuery.of(em, Solution.class, "s")
                .where("s.company.id = :company", "company", companyId)
                .page("s.createdAt desc, s.id desc", page);
    }

    /** Solutions with an approved revision, filtered on that revision; equal names ordered by a hash of the id. */
    public Page<Solution> approved(SolutionFilter filter, PageRequest page) {
        return PagedQuery.of(em, Solution.class, "s")
                .where("s.approved.status = :approved", "approved", SolutionStatus.APPROVED)
                .where(":category member of s.approved.categories", "category", filter.category())
                .where(":condition member of s.approved.conditions", "condition", filter.condition())
                .where(":segment member of s.approved.populationSegments", "segment", filter.segment())
                .where(":setting member of s.approved.careSettings", "setting", filter.setting())
                .where("s.approved.mdrClass = :mdrClass", "mdrClass", filter.mdrClass())
                .where("s.approved.evidenceLevel = :evidenceLevel", "evidenceLevel", filter.evidenceLevel())
                .page("s.approved.name, FUNCTION('SHA2', s.id, 256)", page);
    }
}
