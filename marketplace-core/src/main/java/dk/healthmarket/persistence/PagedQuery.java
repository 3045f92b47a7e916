package dk.healthmarket.persistence;

import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JPQL list query with optional filters, returned as one {@link Page} with its total count.
 * Filters whose value is absent (null or blank) are left out, so callers pass what they were given.
 */
public final class PagedQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PagedQuery(EntityManager em, Class<T> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
    }

    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type, String alias) {
        return new PagedQuery<>(em, type, alias);
    }

    /** Adds {@code condition} (which names {@code :parameter}) when the value is present. */
    public PagedQuery<T> where(String condition, String parameter, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    public Page<T> page(String orderBy, PageRequest page) {
        String from = " from " + type.getSimpleName() + " " + alias + where;
        TypedQuery<T> items = em.createQuery("select " + alias + from + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page, count.getSingleResult());
    }
}
