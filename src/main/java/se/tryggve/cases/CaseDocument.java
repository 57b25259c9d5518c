package se.tryggve.cases;

import java.time.LocalDate;

/** A document of a case (without its file's bytes). Annexes have their official report as parent and a number. */
public record CaseDocument(long id, long caseId, DocumentKind kind, String title, LocalDate date, Long departmentId,
                           String text, Long parentDocumentId, Integer annexNumber, String fileName, String contentType,
                           Long size) {

    public boolean hasFile() {
        return fileName != null;
    }
}
