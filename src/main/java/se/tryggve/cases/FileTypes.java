package se.tryggve.cases;

import java.util.Locale;

import se.tryggve.shared.RuleViolationException;

/**
 * Which files a case accepts: PDF, DOCX, PNG and JPEG, told by their first bytes (a name can lie), up
 * to 20 MB. Returns the content type the file is served with.
 */
final class FileTypes {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private FileTypes() {
    }

    static String check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolationException("file", "cases.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("file", "cases.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (starts(content, 'P', 'K', 3, 4) && name.endsWith(".docx")) {
            return DOCX;
        }
        if (starts(content, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')) {
            return "image/png";
        }
        if (starts(content, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        throw new RuleViolationException("file", "cases.file.type");
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
