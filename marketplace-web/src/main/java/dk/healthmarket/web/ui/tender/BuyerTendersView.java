package dk.healthmarket.web.ui.tender;

import dk.healthmarket.tender.TenderService;
import dk.healthmarket.web.api.tender.TenderSummary;
import dk.healthmarket.web.ui.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The buyer's own organisation's tenders, drafts included, newest first. */
@Named
@ViewScoped
public class BuyerTendersView implements Serializable {

    @Inject
    TenderService tenders;

    private PagedModel<TenderSummary> list;

    @PostConstruct
    void init() {
        list = new PagedModel<>(page -> tenders.listMine(page).map(TenderSummary::of), t -> String.valueOf(t.id()));
    }

    public PagedModel<TenderSummary> getList() {
        return list;
    }
}
