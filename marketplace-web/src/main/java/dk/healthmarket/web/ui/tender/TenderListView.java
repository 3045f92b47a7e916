package dk.healthmarket.web.ui.tender;

import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.tender.CpvCode;
import dk.healthmarket.tender.Procedure;
import dk.healthmarket.tender.TenderFilter;
import dk.healthmarket.tender.TenderService;
import dk.healthmarket.tender.TenderStatus;
import dk.healthmarket.web.api.organisation.RegionView;
import dk.healthmarket.web.api.tender.TenderSummary;
import dk.healthmarket.web.ui.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The public list of tenders: filtered by status, procedure, CPV division and region, soonest deadline first. */
@Named
@ViewScoped
public class TenderListView implements Serializable {

    @Inject
    TenderService tenders;

    @Inject
    OrganisationService organisations;

    private PagedModel<TenderSummary> list;
    private List<RegionView> regions;
    private TenderStatus status;
    private Procedure procedure;
    private String cpvDivision;
    private String region;

    @PostConstruct
    void init() {
        list = new PagedModel<>(page -> tenders.listPublic(new TenderFilter(status, procedure, region, cpvDivision), page)
                .map(TenderSummary::of), t -> String.valueOf(t.id()));
        regions = organisations.regions().stream().map(RegionView::of).toList();
    }

    public List<TenderStatus> getStatuses() {
        return List.of(TenderStatus.values()).stream().filter(TenderStatus::isPublic).toList();
    }

    public List<Procedure> getProcedures() {
        return List.of(Procedure.values());
    }

    /** The CPV divisions, as code and title. */
    public List<Map.Entry<String, String>> getDivisions() {
        return CpvCode.all().entrySet().stream().filter(e -> e.getKey().endsWith("000000"))
                .map(e -> Map.entry(e.getKey().substring(0, 2), e.getKey().substring(0, 2) + " " + e.getValue())).toList();
    }

    public List<RegionView> getRegions() {
        return regions;
    }

    public PagedModel<TenderSummary> getList() {
        return list;
    }

    public TenderStatus getStatus() {
        return status;
    }

    public void setStatus(TenderStatus status) {
        this.status = status;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public void setProcedure(Procedure procedure) {
        this.procedure = procedure;
    }

    public String getCpvDivision() {
        return cpvDivision;
    }

    public void setCpvDivision(String cpvDivision) {
        this.cpvDivision = cpvDivision;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
