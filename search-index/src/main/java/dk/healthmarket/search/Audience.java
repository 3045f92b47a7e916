package dk.healthmarket.search;

/**
 * Who may find a document: everyone, one organisation (a company's draft, a buyer's draft tender),
 * or reviewers. Reviewers find everything; a document may also be hidden from an audience that
 * finds a newer version of it (the approved solution, for the company drafting its next edition).
 */
public record Audience(String term) {

    public static final Audience PUBLIC = new Audience("public");
    public static final Audience REVIEWERS = new Audience("reviewers");

    public static Audience organisation(long id) {
        return new Audience("organisation:" + id);
    }
}
