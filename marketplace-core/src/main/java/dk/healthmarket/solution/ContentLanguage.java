package dk.healthmarket.solution;

/** The languages a solution's description is written in. */
public enum ContentLanguage {
    DA,
    EN
}
