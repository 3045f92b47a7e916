package dk.healthmarket.web.ui.admin;

import dk.healthmarket.organisation.OrganisationDraft;
import dk.healthmarket.organisation.OrganisationFilter;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.web.api.organisation.OrganisationView;
import dk.healthmarket.web.api.organisation.RegionView;
import dk.healthmarket.web.ui.PagedModel;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Administrators list, create and edit organisations. */
@Named
@ViewScoped
public class OrganisationAdminView implements Serializable {

    private static final Map<String, String> INPUTS = Map.of(
            "name", "organisation:name", "type", "organisation:type", "regionCode", "organisation:region", "cvr", "organisation:cvr");

    @Inject
    OrganisationService organisations;

    private PagedModel<OrganisationView> list;
    private List<RegionView> regions;
    private String nameFilter;
    private OrganisationType typeFilter;

    private boolean editing;
    private Long id;
    private long version;
    private String name;
    private OrganisationType type;
    private String regionCode;
    private String cvr;

    @PostConstruct
    void init() {
        list = new PagedModel<>(page -> organisations.list(new OrganisationFilter(typeFilter, null, nameFilter), page)
                .map(OrganisationView::of), o -> String.valueOf(o.id()));
        regions = organisations.regions().stream().map(RegionView::of).toList();
    }

    public void startNew() {
        editing = true;
        id = null;
        name = null;
        type = null;
        regionCode = null;
        cvr = null;
    }

    public void edit(OrganisationView organisation) {
        editing = true;
        id = organisation.id();
        version = organisation.version();
        name = organisation.name();
        type = organisation.type();
        regionCode = organisation.regionCode();
        cvr = organisation.cvr();
    }

    public void save() {
        var draft = new OrganisationDraft(name, type, regionCode, cvr);
        boolean saved = UiErrors.attempt(() -> {
            if (id == null) {
                organisations.create(draft);
            } else {
                organisations.update(id, version, draft);
            }
        }, INPUTS);
        if (saved) {
            editing = false;
            UiErrors.info(UiErrors.text("saved"));
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public List<RegionView> getRegions() {
        return regions;
    }

    public PagedModel<OrganisationView> getList() {
        return list;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public OrganisationType getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(OrganisationType typeFilter) {
        this.typeFilter = typeFilter;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getCvr() {
        return cvr;
    }

    public void setCvr(String cvr) {
        this.cvr = cvr;
    }
}
