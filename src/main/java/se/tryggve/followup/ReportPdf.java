package se.tryggve.followup;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * The report as PDF/A-2u (archivable: the municipality's records must stay readable, and
 * Riksarkivet's rules accept PDF/A) and PDF/UA-1 (accessible: the Swedish law on accessibility of
 * digital public services, DOS-lagen 2018:1937, covers documents published by municipalities). All
 * fonts are embedded Liberation fonts from the classpath; the output intent is sRGB.
 */
@Component
class ReportPdf {

    private static final String SANS = "Liberation Sans";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ReportHtml html;

    ReportPdf(ReportHtml html) {
        this.html = html;
    }

    byte[] render(FollowUpReport report) {
        return fromXhtml(html.standalone(report, true));
    }

    static byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        b.usePdfUaAccessbility(true);
        b.useColorProfile(SRGB);
        font(b, "Regular", 400, FontStyle.NORMAL);
        font(b, "Bold", 700, FontStyle.NORMAL);
        font(b, "Italic", 400, FontStyle.ITALIC);
        font(b, "BoldItalic", 700, FontStyle.ITALIC);
        b.withHtmlContent(xhtml, null);
        b.toStream(out);
        try {
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder b, String variant, int weight, FontStyle style) {
        String path = "/liberation/LiberationSans-" + variant + ".ttf";
        b.useFont(() -> ReportPdf.class.getResourceAsStream(path), SANS, weight, style, true);
    }
}
