package se.tryggve.shared.graphics;

import java.util.Base64;

/**
 * A rendered picture: its PNG bytes, size in pixels and the alternative text that says the same in words.
 * The alt text belongs with the picture, so no page or document can show one without the other.
 */
public record Png(byte[] bytes, int width, int height, String altText) {

    /** The picture as a {@code data:} URI, for {@code <img src>} in XHTML rendered to PDF/A (no external files). */
    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
