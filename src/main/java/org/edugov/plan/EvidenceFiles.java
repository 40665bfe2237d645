package org.edugov.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.edugov.audit.AuditLog;
import org.edugov.shared.Actor;
import org.edugov.shared.OrgPath;
import org.edugov.shared.UserError;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final AuditLog audit;

    EvidenceFiles(EvidenceLimits limits, JdbcClient jdbc, AuditLog audit) {
        this.limits = limits;
        this.jdbc = jdbc;
        this.audit = audit;
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

    /** Stores a checked file as evidence of a progress report. */
    void storeForReport(long reportId, String countyCode, EvidenceRules.Checked file, String uploadedBy) {
        store(reportId, null, countyCode, file, uploadedBy);
    }

    /** Stores a checked file as evidence of a condition check. */
    void storeForCheck(long checkId, String countyCode, EvidenceRules.Checked file, String uploadedBy) {
        store(null, checkId, countyCode, file, uploadedBy);
    }

    /**
     * A stored file for a reader whose access the caller has settled: its bytes, read only now, as an attachment under
     * its stored name and type; the read is audited as a file read of {@code entityType}.
     */
    ResponseEntity<byte[]> download(Actor reader, String entityType, long evidenceId, OrgPath planPath, String fileName,
            String contentType) {
        byte[] content = jdbc.sql("SELECT content FROM plan.evidence WHERE id = :id").param("id", evidenceId)
                .query((rs, i) -> rs.getBytes(1)).single();
        audit.fileRead(reader, entityType, evidenceId, planPath, fileName);
        return attachment(fileName, contentType, content);
    }

    private void store(Long reportId, Long checkId, String countyCode, EvidenceRules.Checked file, String uploadedBy) {
        jdbc.sql("""
                INSERT INTO plan.evidence (report_id, check_id, county_code, file_name, content_type, size_bytes,
                                           sha256, content, uploaded_by)
                VALUES (:report, :check, :county, :name, :type, :size, :sha, :content, :by)""")
                .param("report", reportId).param("check", checkId).param("county", countyCode)
                .param("name", file.fileName()).param("type", file.type().contentType)
                .param("size", file.content().length).param("sha", file.sha256()).param("content", file.content())
                .param("by", uploadedBy).update();
    }

    private static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
