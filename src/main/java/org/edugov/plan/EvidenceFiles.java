package org.edugov.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.edugov.shared.UserError;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files on their way in and out, for progress reports and condition checks alike: uploads checked by
 * {@link EvidenceRules} under the {@link EvidenceLimits} (every size before any content is read), and downloads sent
 * as attachments under their stored name and type, never rendered by the browser.
 */
@Component
class EvidenceFiles {

    private final EvidenceLimits limits;

    EvidenceFiles(EvidenceLimits limits) {
        this.limits = limits;
    }

    /** The chosen files of a file input (an empty, unnamed part is no file), checked; refuses them all on one fault. */
    List<EvidenceRules.Checked> checked(List<MultipartFile> files) {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()
                || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())).toList();
        if (chosen.size() > limits.maxFiles()) {
            throw UserError.invalid("plan.evidence.tooMany", limits.maxFiles());
        }
        long max = limits.maxBytes().toBytes();
        chosen.forEach(f -> EvidenceRules.checkSize(f.getOriginalFilename(), f.getSize(), max));
        List<EvidenceRules.Checked> out = new ArrayList<>();
        for (MultipartFile f : chosen) {
            try {
                out.add(EvidenceRules.check(f.getOriginalFilename(), f.getBytes(), max));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
