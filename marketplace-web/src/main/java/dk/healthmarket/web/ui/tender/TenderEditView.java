package dk.healthmarket.web.ui.tender;

import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationFilter;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.tender.AwardCriterion;
import dk.healthmarket.tender.CpvCode;
import dk.healthmarket.tender.CriterionKind;
import dk.healthmarket.tender.Procedure;
import dk.healthmarket.tender.Tender;
import dk.healthmarket.tender.TenderDraft;
import dk.healthmarket.tender.TenderService;
import dk.healthmarket.tender.TenderStatus;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The buyer's tabbed form for a tender: a new draft, a draft being edited, or a published tender
 * being amended. The weights' sum and the CPV codes are checked as the buyer types; the service
 * checks everything again when saving.
 */
@Named
@ViewScoped
public class TenderEditView implements Serializable {

    @Inject
    TenderService tenders;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    /** An editable row: one participating buyer, lot or criterion. */
    public static final class Row implements Serializable {
        private Long organisationId;
        private BigDecimal amount;
        private String title;
        private String description;
        private CriterionKind kind;
        private Integer weight;

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public CriterionKind getKind() {
            return kind;
        }

        public void setKind(CriterionKind kind) {
            this.kind = kind;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    public record Buyer(long id, String name) implements Serializable {
    }

    private Long id;
    private long version;
    private TenderStatus status;
    private String title;
    private String description;
    private Procedure procedure = Procedure.OPEN;
    private BigDecimal estimatedValue;
    private String mainCpv;
    private List<String> additionalCpv = new ArrayList<>();
    private final List<Row> participants = new ArrayList<>();
    private final List<Row> lots = new ArrayList<>();
    private final List<Row> criteria = new ArrayList<>();
    private LocalDateTime clarificationDeadline;
    private LocalDateTime submissionDeadline;
    private LocalDateTime expectedAwardDate;
    private String amendmentSummary;
    // arrays, not lists: that is how a checkbox group knows to give enum values
    private SolutionCategory[] categories = new SolutionCategory[0];
    private PopulationSegment[] populationSegments = new PopulationSegment[0];
    private List<Buyer> buyers;

    /** Fills the form from the tender in the address, or with a new draft's defaults. */
    public void load() {
        buyers = publicBuyers();
        if (id == null) {
            lots.add(new Row());
            criteria.add(criterion("Pris", CriterionKind.PRICE, 40));
            criteria.add(criterion("Kvalitet", CriterionKind.QUALITY, 60));
            LocalDateTime today = LocalDateTime.ofInstant(clock.instant(), DanishTime.ZONE).truncatedTo(ChronoUnit.DAYS).withHour(12);
            clarificationDeadline = today.plusDays(21);
            submissionDeadline = today.plusDays(35);
            expectedAwardDate = today.plusDays(60);
            return;
        }
        UiErrors.attempt(() -> fill(tenders.asLeadBuyer(id)), Map.of());
    }

    public String save() {
        TenderDraft draft = draft();
        Map<String, String> inputs = inputs();
        Tender[] saved = new Tender[1];
        boolean ok = UiErrors.attempt(() -> saved[0] = id == null ? tenders.create(draft)
                : status == TenderStatus.DRAFT ? tenders.update(id, version, draft)
                : tenders.amend(id, version, amendmentSummary, draft), inputs);
        if (!ok) {
            return null;
        }
        UiErrors.info(UiErrors.text("saved"));
        return "/buyer/tender.xhtml?faces-redirect=true&id=" + saved[0].id();
    }

    public void addParticipant() {
        participants.add(new Row());
    }

    public void removeParticipant(Row row) {
        participants.remove(row);
    }

    public void addLot() {
        lots.add(new Row());
    }

    public void removeLot(Row row) {
        lots.remove(row);
    }

    public void addCriterion() {
        criteria.add(criterion(null, CriterionKind.QUALITY, 0));
    }

    public void removeCriterion(Row row) {
        criteria.remove(row);
    }

    /** The criteria's weights added up, shown live next to the criteria. */
    public int getWeightSum() {
        return criteria.stream().map(Row::getWeight).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    /** The main CPV code's title, or that it is unknown, shown live as the buyer types. */
    public String getMainCpvTitle() {
        if (mainCpv == null || mainCpv.isBlank()) {
            return "";
        }
        return CpvCode.title(mainCpv.strip()).orElse(UiErrors.text("tender.cpvUnknown"));
    }

    /** Suggestions for a CPV field: known codes whose digits or title contain what was typed. */
    public List<String> completeCpv(String typed) {
        String query = typed.strip().toLowerCase();
        return CpvCode.all().entrySet().stream()
                .filter(e -> e.getKey().startsWith(query) || e.getValue().toLowerCase().contains(query))
                .limit(15).map(Map.Entry::getKey).toList();
    }

    public String cpvTitle(String code) {
        return CpvCode.title(code).orElse("");
    }

    private void fill(Tender tender) {
        version = tender.version();
        status = tender.status();
        title = tender.title();
        description = tender.description();
        procedure = tender.procedure();
        estimatedValue = tender.estimatedValue().orElse(null);
        mainCpv = tender.mainCpv();
        additionalCpv = new ArrayList<>(tender.additionalCpv());
        tender.participants().forEach(p -> {
            Row row = new Row();
            row.setOrganisationId(p.organisation().id());
            row.setAmount(p.sharePercent());
            participants.add(row);
        });
        tender.lots().forEach(l -> {
            Row row = new Row();
            row.setTitle(l.title());
            row.setDescription(l.description());
            row.setAmount(l.estimatedValue());
            lots.add(row);
        });
        tender.awardCriteria().criteria().forEach(c -> criteria.add(criterion(c.name(), c.kind(), c.weight())));
        categories = tender.categories().toArray(SolutionCategory[]::new);
        populationSegments = tender.populationSegments().toArray(PopulationSegment[]::new);
        var deadlines = tender.deadlines();
        clarificationDeadline = local(deadlines.clarification());
        submissionDeadline = local(deadlines.submission());
        expectedAwardDate = local(deadlines.expectedAward());
    }

    private TenderDraft draft() {
        return new TenderDraft(title, description, procedure, estimatedValue, mainCpv == null ? null : mainCpv.strip(), additionalCpv,
                participants.stream().map(p -> new TenderDraft.Participation(p.getOrganisationId(), p.getAmount())).toList(),
                lots.stream().map(l -> new TenderDraft.LotDraft(l.getTitle(), l.getDescription(), l.getAmount())).toList(),
                criteria.stream().map(c -> new AwardCriterion(c.getTitle(), c.getKind(), c.getWeight() == null ? 0 : c.getWeight())).toList(),
                instant(clarificationDeadline), instant(submissionDeadline), instant(expectedAwardDate),
                Set.of(categories), Set.of(populationSegments));
    }

    /** Where the service's field names are shown on this form. */
    private Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>(Map.of(
                "title", "tender:tabs:title", "description", "tender:tabs:description", "procedure", "tender:tabs:procedure",
                "estimatedValue", "tender:tabs:estimatedValue", "mainCpv", "tender:tabs:mainCpv", "criteria", "tender:tabs:criteria-sum",
                "clarificationDeadline", "tender:tabs:clarificationDeadline", "submissionDeadline", "tender:tabs:submissionDeadline",
                "expectedAwardDate", "tender:tabs:expectedAwardDate", "summary", "tender:summary"));
        inputs.put("lots", "tender:tabs:lots-error");
        inputs.put("amend.summary", "tender:summary");
        for (int i = 0; i < lots.size(); i++) {
            inputs.put("lots[" + i + "].title", "tender:tabs:lots:" + i + ":lotTitle");
            inputs.put("lots[" + i + "].estimatedValue", "tender:tabs:lots:" + i + ":lotValue");
        }
        for (int i = 0; i < participants.size(); i++) {
            inputs.put("participants[" + i + "].organisationId", "tender:tabs:participants:" + i + ":organisation");
            inputs.put("participants[" + i + "].sharePercent", "tender:tabs:participants:" + i + ":share");
        }
        for (int i = 0; i < additionalCpv.size(); i++) {
            inputs.put("additionalCpv[" + i + "]", "tender:tabs:additionalCpv");
        }
        return inputs;
    }

    private List<Buyer> publicBuyers() {
        List<Buyer> found = new ArrayList<>();
        Page<Organisation> page;
        int number = 1;
        do {
            page = organisations.list(new OrganisationFilter(null, null, null), new PageRequest(number++, PageRequest.MAX_SIZE));
            page.items().stream().filter(o -> o.type().isPublicBuyer()).forEach(o -> found.add(new Buyer(o.id(), o.name())));
        } while (page.page() < page.totalPages());
        return found;
    }

    private static Row criterion(String name, CriterionKind kind, int weight) {
        Row row = new Row();
        row.setTitle(name);
        row.setKind(kind);
        row.setWeight(weight);
        return row;
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, DanishTime.ZONE);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(DanishTime.ZONE).toInstant();
    }

    public boolean isAmending() {
        return status != null && status != TenderStatus.DRAFT;
    }

    public List<Procedure> getProcedures() {
        return List.of(Procedure.values());
    }

    public List<CriterionKind> getKinds() {
        return List.of(CriterionKind.values());
    }

    public List<SolutionCategory> getAllCategories() {
        return List.of(SolutionCategory.values());
    }

    public List<PopulationSegment> getAllSegments() {
        return List.of(PopulationSegment.values());
    }

    public SolutionCategory[] getCategories() {
        return categories.clone();
    }

    public void setCategories(SolutionCategory[] categories) {
        this.categories = categories == null ? new SolutionCategory[0] : categories.clone();
    }

    public PopulationSegment[] getPopulationSegments() {
        return populationSegments.clone();
    }

    public void setPopulationSegments(PopulationSegment[] populationSegments) {
        this.populationSegments = populationSegments == null ? new PopulationSegment[0] : populationSegments.clone();
    }

    public List<Buyer> getBuyers() {
        return buyers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public void setProcedure(Procedure procedure) {
        this.procedure = procedure;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public String getMainCpv() {
        return mainCpv;
    }

    public void setMainCpv(String mainCpv) {
        this.mainCpv = mainCpv;
    }

    public List<String> getAdditionalCpv() {
        return additionalCpv;
    }

    public void setAdditionalCpv(List<String> additionalCpv) {
        this.additionalCpv = additionalCpv == null ? new ArrayList<>() : new ArrayList<>(additionalCpv);
    }

    public List<Row> getParticipants() {
        return participants;
    }

    public List<Row> getLots() {
        return lots;
    }

    public List<Row> getCriteria() {
        return criteria;
    }

    public LocalDateTime getClarificationDeadline() {
        return clarificationDeadline;
    }

    public void setClarificationDeadline(LocalDateTime clarificationDeadline) {
        this.clarificationDeadline = clarificationDeadline;
    }

    public LocalDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDateTime submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public LocalDateTime getExpectedAwardDate() {
        return expectedAwardDate;
    }

    public void setExpectedAwardDate(LocalDateTime expectedAwardDate) {
        this.expectedAwardDate = expectedAwardDate;
    }

    public String getAmendmentSummary() {
        return amendmentSummary;
    }

    public void setAmendmentSummary(String amendmentSummary) {
        this.amendmentSummary = amendmentSummary;
    }
}
