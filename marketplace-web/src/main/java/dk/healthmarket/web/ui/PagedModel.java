package dk.healthmarket.web.ui;

import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces lazy table over a service's paged list: the UI side of the one paging model. */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Loads one page; serializable because view-scoped beans are. */
    public interface Loader<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** The row key of an item. */
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;
    private transient List<T> rows = List.of();

    public PagedModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) loader.apply(new PageRequest(1, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<T> page = loader.apply(new PageRequest(first / size + 1, size));
        rows = page.items();
        return rows;
    }

    @Override
    public String getRowKey(T item) {
        return key.apply(item);
    }

    @Override
    public T getRowData(String rowKey) {
        return rows == null ? null : rows.stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
    }
}
