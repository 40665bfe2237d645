package org.edugov.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.shared.OrgPath;
import org.edugov.shared.UserError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Records a check of one condition of a qualitative target: met or not, with a note and at most one evidence file,
 * by a user whose scope covers the plan (the bureau or its inspectors assess, not the task owners). The check, its
 * file and the audit row are written in one transaction; anything wrong writes nothing.
 */
@Service
class ConditionCheckService {

    static final int MAX_NOTE_LENGTH = 2000;

    /** The check form as typed: met "true" or "false", and the note. */
    record CheckForm(String met, String note) {
    }

    private record Target(String code, boolean qualitative, List<String> conditions, String countyCode,
            OrgPath planPath) {
    }

    private final PlanQueries plans;
    private final EvidenceFiles evidenceFiles;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    ConditionCheckService(PlanQueries plans, EvidenceFiles evidenceFiles, JdbcClient jdbc, AuditLog audit) {
        this.plans = plans;
        this.evidenceFiles = evidenceFiles;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Writes the check of condition {@code index} (from 0) of a target; returns its id. */
    @Transactional
    long record(CurrentUser user, long planId, long targetId, int index, CheckForm form, MultipartFile evidence) {
        plans.visible(user.scope(), planId);
        // the row lock keeps an editor from rewording the conditions between this check and its insert
        Target t = jdbc.sql("""
                SELECT t.code, t.qualitative, t.conditions, p.county_code, pu.path
                  FROM plan.target t JOIN plan.plan p ON p.id = t.plan_id JOIN org.unit_scope pu ON pu.id = p.org_unit_id
                 WHERE t.id = :target AND t.plan_id = :plan FOR UPDATE OF t""")
                .param("target", targetId).param("plan", planId)
                .query((rs, i) -> new Target(rs.getString(1), rs.getBoolean(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getString(4), OrgPath.of(rs.getString(5))))
                .optional().orElseThrow(() -> UserError.notFound("plan.target.notFound", String.valueOf(targetId)));
        if (!t.qualitative()) {
            throw UserError.invalid("plan.condition.notQualitative", t.code());
        }
        if (index < 0 || index >= t.conditions().size()) {
            throw UserError.invalid("plan.condition.index", index + 1, t.code(), t.conditions().size());
        }
        boolean met = met(form.met());
        String note = note(form.note());
        List<EvidenceRules.Checked> files = evidenceFiles.checked(evidence == null ? List.of() : List.of(evidence));
        String condition = t.conditions().get(index);
        long id = jdbc.sql("""
                INSERT INTO plan.condition_check (plan_id, target_id, county_code, condition_index, condition_text, met,
                                                  note, checked_by)
                VALUES (:plan, :target, :county, :index, :text, :met, :note, :by) RETURNING id""")
                .param("plan", planId).param("target", targetId).param("county", t.countyCode()).param("index", index)
                .param("text", condition).param("met", met).param("note", note).param("by", user.username())
                .query(Long.class).single();
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("target", t.code());
        created.put("condition", (index + 1) + " " + condition);
        created.put("met", met);
        created.put("note", note);
        for (EvidenceRules.Checked e : files) {
            evidenceFiles.storeForCheck(id, t.countyCode(), e, user.username());
            created.put("evidence", e.fileName() + " sha256:" + e.sha256());
        }
        audit.changed(user.actor(), AuditAction.CREATE, "ConditionCheck", id, t.planPath(),
                FieldChange.created(created));
        return id;
    }

    private static boolean met(String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        throw UserError.invalid("plan.condition.met.required");
    }

    private static String note(String value) {
        String note = value == null ? "" : value.strip();
        if (note.isEmpty()) {
            throw UserError.invalid("plan.condition.note.required");
        }
        if (note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            throw UserError.invalid("plan.condition.note.tooLong", MAX_NOTE_LENGTH);
        }
        return note;
    }
}
