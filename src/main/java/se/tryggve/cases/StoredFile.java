package se.tryggve.cases;

/** A document's file for download. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
