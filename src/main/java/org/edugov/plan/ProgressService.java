package org.edugov.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Progress reports and their review. A report is written by a user of the task's lead unit, with its evidence files,
 * in one transaction with its audit row; anything wrong (period, percent, texts, a file) refuses the whole report.
 * <p>
 * The bureau reviews: a user whose scope covers the plan accepts or returns a submitted report. <b>Nobody reviews a
 * report they submitted themselves</b>: accepting sets the task's progress, which drives its status and its cards,
 * so the figure must be confirmed by a second person (a bureau reporting on its own tasks has another account review
 * them). Accepting never lowers the task's progress: an older report accepted after a newer one leaves it as is.
 */
@Service
class ProgressService {

    /** The report form as typed; every field is checked by {@link ProgressRules}. */
    record ReportForm(String period, String percent, String narrative, String publicText) {
    }

    private final TaskAccess access;
    private final ProgressQueries progress;
    private final PlanQueries plans;
    private final EvidenceFiles evidenceFiles;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ProgressService(TaskAccess access, ProgressQueries progress, PlanQueries plans, EvidenceFiles evidenceFiles,
            JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.access = access;
        this.progress = progress;
        this.plans = plans;
        this.evidenceFiles = evidenceFiles;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The periods a report may be for today, the latest first. */
    List<ReportPeriod> window(PlanQueries.PlanRow plan) {
        return ProgressRules.window(plan.reportEvery(), plan.periodFrom(), plan.periodTo(), LocalDate.now(clock));
    }

    /** Writes a report with its evidence files; returns its id. */
    @Transactional
    long submit(CurrentUser user, long planId, long taskId, ReportForm form, List<MultipartFile> files) {
        TaskAccess.Visible visible = access.require(user, planId, taskId);
        if (!visible.lead()) {
            throw UserError.forbidden("plan.report.notLead");
        }
        // one report at a time per task: the live-period check below cannot race with another submission
        Map<String, Object> locked = jdbc.sql("""
                SELECT k.percent_done, p.county_code FROM plan.task k JOIN plan.plan p ON p.id = k.plan_id
                 WHERE k.id = :task FOR UPDATE OF k""").param("task", taskId).query().singleRow();
        int accepted = ((Number) locked.get("percent_done")).intValue();
        ProgressRules.Report report = ProgressRules.check(form.period(), form.percent(), form.narrative(),
                form.publicText(), window(visible.plan()), progress.livePeriods(taskId), accepted);
        List<EvidenceRules.Checked> evidence = evidenceFiles.checked(files);
        String county = (String) locked.get("county_code");
        long id = jdbc.sql("""
                INSERT INTO plan.progress_report (plan_id, task_id, county_code, period, percent, narrative,
                                                  public_text, submitted_by, submitted_unit)
                VALUES (:plan, :task, :county, :period, :percent, :narrative, :publicText, :by, :unit) RETURNING id""")
                .param("plan", planId).param("task", taskId).param("county", county)
                .param("period", report.period().label()).param("percent", report.percent())
                .param("narrative", report.narrative()).param("publicText", report.publicText())
                .param("by", user.username()).param("unit", user.orgUnit().id()).query(Long.class).single();
        List<String> stored = new ArrayList<>();
        for (EvidenceRules.Checked e : evidence) {
            evidenceFiles.storeForReport(id, county, e, user.username());
            stored.add(e.fileName() + " sha256:" + e.sha256());
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("task", visible.task().code());
        created.put("period", report.period().label());
        created.put("percent", report.percent());
        created.put("evidence", String.join("; ", stored));
        audit.changed(user.actor(), AuditAction.CREATE, "ProgressReport", id, visible.detail().planPath(),
                FieldChange.created(created));
        return id;
    }

    /** Accepts or returns a submitted report of a plan in the reviewer's scope. */
    @Transactional
    void review(CurrentUser user, long planId, long reportId, boolean accept, String comment) {
        plans.visible(user.scope(), planId);
        UnderReview r = jdbc.sql("""
                SELECT r.task_id, k.code, r.period, r.state, r.percent, r.submitted_by, k.percent_done, pu.path
                  FROM plan.progress_report r JOIN plan.task k ON k.id = r.task_id
                       JOIN plan.plan p ON p.id = r.plan_id JOIN org.unit_scope pu ON pu.id = p.org_unit_id
                 WHERE r.id = :id AND r.plan_id = :plan FOR UPDATE OF r, k""")
                .param("id", reportId).param("plan", planId)
                .query((rs, i) -> new UnderReview(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getInt(7), OrgPath.of(rs.getString(8)))).optional()
                .orElseThrow(() -> UserError.notFound("plan.report.notFound", reportId));
        if (!r.state().equals("SUBMITTED")) {
            throw UserError.conflict("plan.review.notSubmitted." + r.state());
        }
        if (r.submittedBy().equals(user.username())) {
            throw UserError.forbidden("plan.review.ownReport");
        }
        String text = ProgressRules.reviewComment(accept, comment);
        String state = accept ? "ACCEPTED" : "RETURNED";
        jdbc.sql("""
                UPDATE plan.progress_report SET state = :state, reviewed_by = :by, reviewed_at = now(),
                       review_comment = :comment WHERE id = :id""")
                .param("state", state).param("by", user.username()).param("comment", text).param("id", reportId)
                .update();
        audit.changed(user.actor(), AuditAction.UPDATE, "ProgressReport", reportId, r.planPath(), List.of(
                new FieldChange("state", r.state(), state), FieldChange.created("reviewComment", text)));
        int percent = Math.max(r.percentDone(), r.percent());
        if (accept && percent != r.percentDone()) {
            jdbc.sql("UPDATE plan.task SET percent_done = :percent WHERE id = :task").param("percent", percent)
                    .param("task", r.taskId()).update();
            audit.changed(user.actor(), AuditAction.UPDATE, "PlanTask", r.taskId(), r.planPath(), List.of(
                    new FieldChange("percentDone", String.valueOf(r.percentDone()), String.valueOf(percent)),
                    FieldChange.created("acceptedReport", r.taskCode() + " " + r.period())));
        }
    }

    private record UnderReview(long taskId, String taskCode, String period, String state, int percent,
            String submittedBy, int percentDone, OrgPath planPath) {
    }
}
