package se.tryggve.cases;

/** A registry (diarium) of a municipality with its case-number format. */
public record Registry(long id, String code, String name, String numberFormat, long version) {

    public CaseNumberFormat format() {
        return new CaseNumberFormat(numberFormat);
    }
}
