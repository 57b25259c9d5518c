package se.tryggve.incidents;

import java.util.Locale;

import se.tryggve.shared.RuleViolationException;

/**
 * Which photos an incident accepts: JPEG, PNG and WebP, told by their first bytes (a file name or a
 * client's content type can lie), at most 10 MB — enough for a phone camera's photo.
 */
final class PhotoTypes {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private PhotoTypes() {
    }

    static String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolationException("photo", "incidents.photo.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("photo", "incidents.photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (starts(content, 0, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (starts(content, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')) {
            return "image/png";
        }
        if (starts(content, 0, 'R', 'I', 'F', 'F') && starts(content, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        throw new RuleViolationException("photo", "incidents.photo.type");
    }

    /** A safe file name: the client's base name without path or odd characters, with the right extension. */
    static String fileName(String given, String contentType) {
        String ext = switch (contentType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
        String base = given == null ? "" : given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^\\p{L}\\p{N} _-]", "").trim();
        if (base.isEmpty()) {
            base = "foto";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + ext.toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] content, int at, int... magic) {
        if (content.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[at + i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
