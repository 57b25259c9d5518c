package se.tryggve.cases;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Form and multipart API fields of a new document; an annex names its official report as parent. */
public class DocumentInput {

    @NotNull(message = "{cases.document.kind.required}")
    private DocumentKind kind;

    @NotBlank(message = "{cases.document.title.required}")
    @Size(max = 300, message = "{cases.document.title.tooLong}")
    private String title;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private Long departmentId;

    @Size(max = 100000, message = "{cases.document.text.tooLong}")
    private String text;

    private Long parentDocumentId;

    /** The file, if any (multipart part "file"). */
    private MultipartFile file;

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getParentDocumentId() {
        return parentDocumentId;
    }

    public void setParentDocumentId(Long parentDocumentId) {
        this.parentDocumentId = parentDocumentId;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    /** The file's bytes, or null when none was sent (an empty part counts as none). */
    byte[] fileBytes() throws java.io.IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }

    String fileName() {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }
}
