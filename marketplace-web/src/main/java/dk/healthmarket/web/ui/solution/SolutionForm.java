package dk.healthmarket.web.ui.solution;

import dk.healthmarket.solution.CareSetting;
import dk.healthmarket.solution.Condition;
import dk.healthmarket.solution.ContentLanguage;
import dk.healthmarket.solution.Documentation;
import dk.healthmarket.solution.EvidenceLevel;
import dk.healthmarket.solution.InteroperabilityStandard;
import dk.healthmarket.solution.MastDomain;
import dk.healthmarket.solution.MdrClass;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.solution.SolutionDraft;
import dk.healthmarket.solution.StaffGroup;
import dk.healthmarket.solution.StudyType;
import dk.healthmarket.web.api.solution.SolutionView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the supplier's wizard edits: a solution's catalogue text and documentation as form fields,
 * read from a revision and turned back into a draft. Arrays, not lists, for enum checkbox groups:
 * that is how a checkbox group knows to give enum values.
 */
public class SolutionForm implements Serializable {

    /** One study in the evidence step. */
    public static final class StudyRow implements Serializable {
        private StudyType type;
        private String reference;
        private String population;
        private String mainResult;
        private MastDomain[] outcomes = new MastDomain[0];

        static StudyRow of(Documentation.Study s) {
            StudyRow row = new StudyRow();
            row.type = s.type();
            row.reference = s.reference();
            row.population = s.population();
            row.mainResult = s.mainResult();
            row.outcomes = s.outcomes().toArray(MastDomain[]::new);
            return row;
        }

        boolean isFilled() {
            return type != null || !blank(reference) || !blank(population) || !blank(mainResult) || outcomes.length > 0;
        }

        Documentation.Study study() {
            return new Documentation.Study(type, reference, population, mainResult, set(outcomes));
        }

        public StudyType getType() {
            return type;
        }

        public void setType(StudyType type) {
            this.type = type;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getPopulation() {
            return population;
        }

        public void setPopulation(String population) {
            this.population = population;
        }

        public String getMainResult() {
            return mainResult;
        }

        public void setMainResult(String mainResult) {
            this.mainResult = mainResult;
        }

        public MastDomain[] getOutcomes() {
            return outcomes;
        }

        public void setOutcomes(MastDomain[] outcomes) {
            this.outcomes = outcomes;
        }
    }

    /** One security certification. */
    public static final class CertificateRow implements Serializable {
        private String name;
        private LocalDate expiresOn;

        static CertificateRow of(Documentation.Certificate c) {
            CertificateRow row = new CertificateRow();
            row.name = c.name();
            row.expiresOn = c.expiresOn();
            return row;
        }

        boolean isFilled() {
            return !blank(name) || expiresOn != null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    /** One labour-saving figure. */
    public static final class FigureRow implements Serializable {
        private StaffGroup staffGroup;
        private BigDecimal hours;
        private String evidence;

        static FigureRow of(Documentation.HoursSaved h) {
            FigureRow row = new FigureRow();
            row.staffGroup = h.staffGroup();
            row.hours = h.hoursPerPatientPerYear();
            row.evidence = h.evidence();
            return row;
        }

        boolean isFilled() {
            return staffGroup != null || hours != null || !blank(evidence);
        }

        public StaffGroup getStaffGroup() {
            return staffGroup;
        }

        public void setStaffGroup(StaffGroup staffGroup) {
            this.staffGroup = staffGroup;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    private String name;
    private String summary;
    private String description;
    private ContentLanguage[] languages = {ContentLanguage.DA};
    private SolutionCategory[] categories = new SolutionCategory[0];
    private Condition[] conditions = new Condition[0];
    private PopulationSegment[] populationSegments = new PopulationSegment[0];
    private CareSetting[] careSettings = new CareSetting[0];
    private String priceModel;
    private String contact;
    private String customerReferences;
    private String reviewResponse;
    private MdrClass mdrClass;
    private String ceDeclaration;
    private String notifiedBodyCertificate;
    private LocalDate certificateExpiresOn;
    private String hazardLogSummary;
    private EvidenceLevel evidenceLevel;
    private String transferability;
    private Boolean processesHealthData;
    private String dpiaSummary;
    private Boolean dataProcessingAgreement;
    private Boolean dataInEuEea;
    private LocalDate penetrationTestOn;
    private InteroperabilityStandard[] standards = new InteroperabilityStandard[0];
    private String otherStandards;
    private Boolean patientFacing;
    private Boolean wcag21AaConformant;
    private List<String> userLanguages = new ArrayList<>();
    private final List<StudyRow> studies = new ArrayList<>();
    private final List<CertificateRow> certifications = new ArrayList<>();
    private final List<FigureRow> figures = new ArrayList<>();

    /** The form filled from a revision. */
    static SolutionForm of(SolutionView.Revision r) {
        SolutionForm f = new SolutionForm();
        f.name = r.name();
        f.summary = r.summary();
        f.description = r.description();
        f.languages = r.languages().toArray(ContentLanguage[]::new);
        f.categories = r.categories().toArray(SolutionCategory[]::new);
        f.conditions = r.conditions().toArray(Condition[]::new);
        f.populationSegments = r.populationSegments().toArray(PopulationSegment[]::new);
        f.careSettings = r.careSettings().toArray(CareSetting[]::new);
        f.priceModel = r.priceModel();
        f.contact = r.contact();
        f.customerReferences = r.customerReferences();
        f.reviewResponse = r.reviewResponse();
        f.read(r.documentation());
        return f;
    }

    private void read(Documentation d) {
        if (d.regulatory() != null) {
            mdrClass = d.regulatory().mdrClass();
            ceDeclaration = d.regulatory().ceDeclaration();
            notifiedBodyCertificate = d.regulatory().notifiedBodyCertificate();
            certificateExpiresOn = d.regulatory().certificateExpiresOn();
        }
        hazardLogSummary = d.safety() == null ? null : d.safety().hazardLogSummary();
        if (d.evidence() != null) {
            evidenceLevel = d.evidence().level();
            transferability = d.evidence().transferability();
            d.evidence().studies().forEach(s -> studies.add(StudyRow.of(s)));
        }
        if (d.dataProtection() != null) {
            processesHealthData = d.dataProtection().processesHealthData();
            dpiaSummary = d.dataProtection().dpiaSummary();
            dataProcessingAgreement = d.dataProtection().dataProcessingAgreement();
            dataInEuEea = d.dataProtection().dataInEuEea();
        }
        if (d.security() != null) {
            penetrationTestOn = d.security().penetrationTestOn();
            d.security().certifications().forEach(c -> certifications.add(CertificateRow.of(c)));
        }
        if (d.interoperability() != null) {
            standards = d.interoperability().standards().toArray(InteroperabilityStandard[]::new);
            otherStandards = d.interoperability().otherStandards();
        }
        if (d.usability() != null) {
            patientFacing = d.usability().patientFacing();
            wcag21AaConformant = d.usability().wcag21AaConformant();
            userLanguages = new ArrayList<>(d.usability().languages());
        }
        if (d.labourSaving() != null) {
            d.labourSaving().figures().forEach(h -> figures.add(FigureRow.of(h)));
        }
    }

    /** The draft the service checks: empty rows are left out, the rest go as typed. */
    SolutionDraft draft() {
        Documentation documentation = new Documentation(
                new Documentation.Regulatory(mdrClass, ceDeclaration, notifiedBodyCertificate, certificateExpiresOn),
                new Documentation.ClinicalEvidence(evidenceLevel, studies.stream().filter(StudyRow::isFilled).map(StudyRow::study).toList(),
                        transferability),
                new Documentation.ClinicalSafety(hazardLogSummary),
                new Documentation.DataProtection(processesHealthData, dpiaSummary, dataProcessingAgreement, dataInEuEea),
                new Documentation.InformationSecurity(certifications.stream().filter(CertificateRow::isFilled)
                        .map(c -> new Documentation.Certificate(c.name, c.expiresOn)).toList(), penetrationTestOn),
                new Documentation.Interoperability(set(standards), otherStandards),
                new Documentation.Usability(patientFacing, wcag21AaConformant, userLanguages),
                new Documentation.LabourSaving(figures.stream().filter(FigureRow::isFilled)
                        .map(h -> new Documentation.HoursSaved(h.staffGroup, h.hours, h.evidence)).toList()));
        return new SolutionDraft(name, summary, description, set(languages), set(categories), set(conditions), set(populationSegments),
                set(careSettings), priceModel, contact, customerReferences, documentation, reviewResponse);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E> Set<E> set(E[] values) {
        return values == null ? Set.of() : Arrays.stream(values).collect(Collectors.toSet());
    }

    public String getReviewResponse() {
        return reviewResponse;
    }

    public void setReviewResponse(String reviewResponse) {
        this.reviewResponse = reviewResponse;
    }

    public List<StudyRow> getStudies() {
        return studies;
    }

    public List<CertificateRow> getCertifications() {
        return certifications;
    }

    public List<FigureRow> getFigures() {
        return figures;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ContentLanguage[] getLanguages() {
        return languages;
    }

    public void setLanguages(ContentLanguage[] languages) {
        this.languages = languages;
    }

    public SolutionCategory[] getCategories() {
        return categories;
    }

    public void setCategories(SolutionCategory[] categories) {
        this.categories = categories;
    }

    public Condition[] getConditions() {
        return conditions;
    }

    public void setConditions(Condition[] conditions) {
        this.conditions = conditions;
    }

    public PopulationSegment[] getPopulationSegments() {
        return populationSegments;
    }

    public void setPopulationSegments(PopulationSegment[] populationSegments) {
        this.populationSegments = populationSegments;
    }

    public CareSetting[] getCareSettings() {
        return careSettings;
    }

    public void setCareSettings(CareSetting[] careSettings) {
        this.careSettings = careSettings;
    }

    public String getPriceModel() {
        return priceModel;
    }

    public void setPriceModel(String priceModel) {
        this.priceModel = priceModel;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getCustomerReferences() {
        return customerReferences;
    }

    public void setCustomerReferences(String customerReferences) {
        this.customerReferences = customerReferences;
    }

    public MdrClass getMdrClass() {
        return mdrClass;
    }

    public void setMdrClass(MdrClass mdrClass) {
        this.mdrClass = mdrClass;
    }

    public String getCeDeclaration() {
        return ceDeclaration;
    }

    public void setCeDeclaration(String ceDeclaration) {
        this.ceDeclaration = ceDeclaration;
    }

    public String getNotifiedBodyCertificate() {
        return notifiedBodyCertificate;
    }

    public void setNotifiedBodyCertificate(String notifiedBodyCertificate) {
        this.notifiedBodyCertificate = notifiedBodyCertificate;
    }

    public LocalDate getCertificateExpiresOn() {
        return certificateExpiresOn;
    }

    public void setCertificateExpiresOn(LocalDate certificateExpiresOn) {
        this.certificateExpiresOn = certificateExpiresOn;
    }

    public String getHazardLogSummary() {
        return hazardLogSummary;
    }

    public void setHazardLogSummary(String hazardLogSummary) {
        this.hazardLogSummary = hazardLogSummary;
    }

    public EvidenceLevel getEvidenceLevel() {
        return evidenceLevel;
    }

    public void setEvidenceLevel(EvidenceLevel evidenceLevel) {
        this.evidenceLevel = evidenceLevel;
    }

    public String getTransferability() {
        return transferability;
    }

    public void setTransferability(String transferability) {
        this.transferability = transferability;
    }

    public Boolean getProcessesHealthData() {
        return processesHealthData;
    }

    public void setProcessesHealthData(Boolean processesHealthData) {
        this.processesHealthData = processesHealthData;
    }

    public String getDpiaSummary() {
        return dpiaSummary;
    }

    public void setDpiaSummary(String dpiaSummary) {
        this.dpiaSummary = dpiaSummary;
    }

    public Boolean getDataProcessingAgreement() {
        return dataProcessingAgreement;
    }

    public void setDataProcessingAgreement(Boolean dataProcessingAgreement) {
        this.dataProcessingAgreement = dataProcessingAgreement;
    }

    public Boolean getDataInEuEea() {
        return dataInEuEea;
    }

    public void setDataInEuEea(Boolean dataInEuEea) {
        this.dataInEuEea = dataInEuEea;
    }

    public LocalDate getPenetrationTestOn() {
        return penetrationTestOn;
    }

    public void setPenetrationTestOn(LocalDate penetrationTestOn) {
        this.penetrationTestOn = penetrationTestOn;
    }

    public InteroperabilityStandard[] getStandards() {
        return standards;
    }

    public void setStandards(InteroperabilityStandard[] standards) {
        this.standards = standards;
    }

    public String getOtherStandards() {
        return otherStandards;
    }

    public void setOtherStandards(String otherStandards) {
        this.otherStandards = otherStandards;
    }

    public Boolean getPatientFacing() {
        return patientFacing;
    }

    public void setPatientFacing(Boolean patientFacing) {
        this.patientFacing = patientFacing;
    }

    public Boolean getWcag21AaConformant() {
        return wcag21AaConformant;
    }

    public void setWcag21AaConformant(Boolean wcag21AaConformant) {
        this.wcag21AaConformant = wcag21AaConformant;
    }

    public List<String> getUserLanguages() {
        return userLanguages;
    }

    public void setUserLanguages(List<String> userLanguages) {
        this.userLanguages = userLanguages;
    }
}
