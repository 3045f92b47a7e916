package dk.healthmarket.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One CPV code of a tender: the main one or an additional one. */
@Embeddable
public class TenderCpv {

    @Column(nullable = false, length = 8)
    private String code;

    @Column(nullable = false)
    private boolean main;

    protected TenderCpv() {
    }

    TenderCpv(String code, boolean main) {
        this.code = code;
        this.main = main;
    }

    public String code() {
        return code;
    }

    public boolean main() {
        return main;
    }
}
