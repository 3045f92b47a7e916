package dk.healthmarket.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The verdict on one assessment domain, with the reviewer's comment for the company. */
@Embeddable
public class DomainVerdict {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentDomain domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;

    private String comment;

    protected DomainVerdict() {
    }

    public DomainVerdict(AssessmentDomain domain, Verdict verdict, String comment) {
        this.domain = domain;
        this.verdict = verdict;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public AssessmentDomain domain() {
        return domain;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String comment() {
        return comment;
    }
}
