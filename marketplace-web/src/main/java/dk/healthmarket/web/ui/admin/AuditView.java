package dk.healthmarket.web.ui.admin;

import dk.healthmarket.audit.AuditFilter;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.audit.ChainVerification;
import dk.healthmarket.web.api.audit.AuditResource.AuditEntryView;
import dk.healthmarket.web.ui.PagedModel;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Administrators browse and filter the audit log and verify its hash chain. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    AuditLog audit;

    private PagedModel<AuditEntryView> list;
    private String actor;
    private String action;
    private String objectType;
    private String objectId;

    @PostConstruct
    void init() {
        list = new PagedModel<>(page -> audit.find(new AuditFilter(actor, action, objectType, objectId, null, null), page)
                .map(AuditEntryView::of), e -> String.valueOf(e.sequence()));
    }

    public void verify() {
        ChainVerification result = audit.verify();
        FacesContext.getCurrentInstance().addMessage(null, result.intact()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, UiErrors.text("admin.audit.intact", result.entriesChecked()), null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, UiErrors.text("admin.audit.broken", result.brokenAt(), result.problem()), null));
    }

    public PagedModel<AuditEntryView> getList() {
        return list;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }
}
