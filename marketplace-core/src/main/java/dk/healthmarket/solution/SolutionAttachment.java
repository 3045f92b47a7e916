package dk.healthmarket.solution;

import dk.healthmarket.document.Document;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A document supporting one assessment domain of a revision: a certificate, a DPIA, a study report.
 * A new revision starts with its predecessor's attachments, so nothing has to be uploaded twice.
 */
@Entity
@Table(name = "solution_attachment")
public class SolutionAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "revision_id")
    private SolutionRevision revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentDomain domain;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    protected SolutionAttachment() {
    }

    SolutionAttachment(SolutionRevision revision, AssessmentDomain domain, Document document) {
        this.revision = revision;
        this.domain = domain;
        this.document = document;
    }

    public Long id() {
        return id;
    }

    public SolutionRevision revision() {
        return revision;
    }

    public AssessmentDomain domain() {
        return domain;
    }

    public Document document() {
        return document;
    }
}
