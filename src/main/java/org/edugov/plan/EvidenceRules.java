package org.edugov.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.edugov.shared.UserError;

/**
 * What an evidence file must be, plain Java: one of five types, recognised by its extension <em>and</em> by its
 * first bytes (a renamed executable or web page is refused), not empty, not over the size limit; its name reduced
 * to a bare file name without control or direction characters (Chinese is kept).
 */
final class EvidenceRules {

    /** The accepted types; the content type stored and sent is ours, never the browser's. */
    enum Type {
        PDF("application/pdf", "pdf"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        final String contentType;
        private final String[] extensions;

        Type(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = extensions;
        }

        static Optional<Type> byExtension(String fileName) {
            int dot = fileName.lastIndexOf('.');
            String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
        }

        /** Whether the content starts the way files of this type do. */
        boolean matches(byte[] content) {
            return switch (this) {
                case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
                case JPEG -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
                case PNG -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
                // an Office file is a zip whose entry names (stored uncompressed) include the main part
                case DOCX -> isZip(content) && contains(content, "word/document.xml");
                case XLSX -> isZip(content) && contains(content, "xl/workbook.xml");
            };
        }
    }

    /** A checked file, ready to store. */
    record Checked(String fileName, Type type, byte[] content, String sha256) {
    }

    static final int MAX_NAME_LENGTH = 120;

    private EvidenceRules() {
    }

    /**
     * Checks one uploaded file; the size is checked before the content is read by the caller.
     *
     * @throws UserError naming the file when it is too large, empty or not of an accepted type
     */
    static Type checkSize(String originalName, long size, long maxBytes) {
        String name = fileName(originalName);
        if (size <= 0) {
            throw UserError.invalid("plan.evidence.empty", name);
        }
        if (size > maxBytes) {
            throw UserError.invalid("plan.evidence.tooLarge", name, maxBytes / (1024 * 1024));
        }
        return Type.byExtension(name).orElseThrow(() -> UserError.invalid("plan.evidence.type", name));
    }

    static Checked check(String originalName, byte[] content, long maxBytes) {
        Type type = checkSize(originalName, content.length, maxBytes);
        String name = fileName(originalName);
        if (!type.matches(content)) {
            throw UserError.invalid("plan.evidence.type", name);
        }
        return new Checked(name, type, content, sha256(content));
    }

    /**
     * The bare file name: the part after the last slash or backslash, without control, format (e.g. right-to-left
     * override) or reserved characters, trimmed of dots and spaces at either end, at most {@link #MAX_NAME_LENGTH}
     * characters with the extension kept.
     */
    static String fileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && "<>:\"|?*".indexOf(c) < 0).forEach(kept::appendCodePoint);
        name = kept.toString().strip().replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            String stem = name.substring(0, name.length() - ext.length());
            name = stem.substring(0, stem.offsetByCodePoints(0, MAX_NAME_LENGTH - ext.length())) + ext;
        }
        return name.isEmpty() ? "evidence" : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean isZip(byte[] content) {
        return startsWith(content, new byte[] {'P', 'K', 3, 4});
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }
}
