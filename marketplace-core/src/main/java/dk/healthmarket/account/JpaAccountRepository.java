package dk.healthmarket.account;

import dk.healthmarket.persistence.PagedQuery;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public Page<UserAccount> find(UserFilter filter, PageRequest page) {
        String email = filter.emailContains() == null || filter.emailContains().isBlank() ? null
                : "%" + UserAccount.normaliseEmail(filter.emailContains()) + "%";
        return PagedQuery.of(em, UserAccount.class, "u")
                .where("u.organisation.id = :organisation", "organisation", filter.organisationId())
                .where(":role member of u.roles", "role", filter.role())
                .where("u.email like :email", "email", email)
                .page("u.email", page);
    }

    @Override
    public boolean anyEnabledWithRole(Role role) {
        return !em.createQuery("select u.id from UserAccount u where u.enabled = true and :role member of u.roles", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> findToken(String tokenHash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public void revokeTokensOf(UserAccount account, Instant now) {
        em.createQuery("update ApiToken t set t.revokedAt = :now where t.user = :user and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("user", account)
                .executeUpdate();
    }
}
