package se.tryggve.shared;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns a well-formed XHTML document into PDF/A-2u (archivable: the municipality's records must stay
 * readable, and Riksarkivet's rules accept PDF/A) and PDF/UA-1 (accessible: lagen (2018:1937) om
 * tillgänglighet till digital offentlig service covers documents municipalities publish). Every
 * document Tryggve archives — follow-up reports, minutes, protocol extracts — goes through here. All
 * fonts are the embedded Liberation fonts from the classpath (the same on every machine); the output
 * intent is sRGB. The XHTML needs {@code lang}, a {@code <title>} and a
 * {@code <meta name="description">} for PDF/UA.
 */
public final class ArchivalPdf {

    public static final String SANS = "Liberation Sans";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ArchivalPdf() {
    }

    public static byte[] fromXhtml(String xhtml) {
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
        b.useFont(() -> ArchivalPdf.class.getResourceAsStream(path), SANS, weight, style, true);
    }
}
