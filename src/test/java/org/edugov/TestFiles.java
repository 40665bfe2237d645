package org.edugov;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.mock.web.MockMultipartFile;

/** Small real files for upload tests: a one-page PDF that readers open, and zip files shaped like Office files. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A valid one-page PDF showing {@code text} (ASCII), with a correct cross-reference table. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append("%010d 00000 n \n".formatted(o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A zip holding the named entries (each with a little text), e.g. "word/document.xml" for a .docx. */
    public static byte[] zip(String... entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An evidence upload (form field {@code evidence}) of a small valid PDF named {@code name}. */
    public static MockMultipartFile evidencePdf(String name) {
        return evidence(name, pdf("evidence"));
    }

    /** An evidence upload (form field {@code evidence}) with the given name and content, typed as unknown. */
    public static MockMultipartFile evidence(String name, byte[] content) {
        return new MockMultipartFile("evidence", name, "application/octet-stream", content);
    }

    /** A PDF one byte over the 10 MB evidence limit. */
    public static byte[] oversizedPdf() {
        byte[] content = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf("x"), 0, content, 0, 8);
        return content;
    }
}
