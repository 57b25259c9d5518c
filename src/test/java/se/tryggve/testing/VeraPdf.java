package se.tryggve.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDFs with veraPDF: every document Tryggve archives must be PDF/A-2u and PDF/UA-1. */
public final class VeraPdf {

    private VeraPdf() {
    }

    /** Asserts PDF/A-2u and PDF/UA-1 compliance, listing the failed rules when not. */
    public static void assertPdfA2uAndPdfUa1(byte[] pdf) {
        VeraGreenfieldFoundryProvider.initialise();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failed = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                                + " @ " + a.getLocation().getContext())
                        .distinct().limit(20).toList();
                assertThat(failed).as(flavour.toString()).isEmpty();
                assertThat(result.isCompliant()).as(flavour.toString()).isTrue();
            } catch (Exception e) {
                throw new AssertionError("veraPDF could not validate the document as " + flavour, e);
            }
        }
    }
}
