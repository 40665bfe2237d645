package org.edugov.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.edugov.shared.OrgPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads tasks, progress reports and evidence. Nothing here checks who asks: callers decide visibility first (by
 * lead unit or by the plan's scope, see {@link TaskAccess}) and then read by ids they were allowed to see.
 */
@Repository
class ProgressQueries {

    /** A task with the plan it belongs to and what the overview's row leaves out. */
    record TaskDetail(long planId, String planTitle, OrgPath planPath, PlanQueries.TaskRow task,
            List<String> deliverables, List<TargetRef> serves) {
    }

    record TargetRef(String code, String text) {
    }

    /** A task the user's unit leads, with the state of its reports. */
    record LedTask(long planId, String planTitle, PlanQueries.TaskRow task, String latestPeriod, String latestState,
            Set<String> livePeriods) {
    }

    record ReportRow(long id, long taskId, String taskCode, String taskText, String period, int percent,
            String narrative, String publicText, String state, String submittedBy, LocalDateTime submittedAt,
            String reviewedBy, LocalDateTime reviewedAt, String reviewComment, List<EvidenceRow> evidence) {
    }

    record EvidenceRow(long id, long reportId, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    /** An evidence file's name and type with what deciding its visibility needs. */
    record EvidenceFile(long id, Long leadUnitId, OrgPath planPath, String fileName, String contentType) {
    }

    private static final String TASK_COLUMNS = """
            SELECT k.id, k.action_id, k.code, k.text, k.lead_name, k.lead_unit_id, lu.name AS lead_unit_name,
                   k.co_names, k.deadline, k.deadline_text,
                   ARRAY(SELECT t.code FROM plan.task_target tt JOIN plan.target t ON t.id = tt.target_id
                          WHERE tt.task_id = k.id ORDER BY t.sort) AS serves, k.percent_done,
                   (SELECT c.colour FROM plan.card c WHERE c.task_id = k.id
                     ORDER BY c.issued_on DESC, c.colour = 'RED' DESC LIMIT 1) AS card,
                   p.id AS plan_id, p.title AS plan_title, pu.path AS plan_path, k.deliverables
            """;

    private static final String TASK_FROM = """
              FROM plan.task k JOIN plan.plan p ON p.id = k.plan_id JOIN org.unit_scope pu ON pu.id = p.org_unit_id
                   LEFT JOIN org.unit_scope lu ON lu.id = k.lead_unit_id
            """;

    private static final String REPORTS = """
            SELECT r.id, r.task_id, k.code, k.text, r.period, r.percent, r.narrative, r.public_text, r.state,
                   r.submitted_by, r.submitted_at, r.reviewed_by, r.reviewed_at, r.review_comment
              FROM plan.progress_report r JOIN plan.task k ON k.id = r.task_id
            """;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskDetail> task(long planId, long taskId) {
        return jdbc.sql(TASK_COLUMNS + TASK_FROM + "WHERE k.id = :task AND k.plan_id = :plan")
                .param("task", taskId).param("plan", planId)
                .query((rs, i) -> new TaskDetail(rs.getLong("plan_id"), rs.getString("plan_title"),
                        OrgPath.of(rs.getString("plan_path")), PlanQueries.task(rs),
                        PlanQueries.strings(rs.getArray("deliverables")), List.of())).optional()
                .map(d -> new TaskDetail(d.planId(), d.planTitle(), d.planPath(), d.task(), d.deliverables(),
                        targets(taskId)));
    }

    /** The tasks a unit leads, in every plan, with their latest report and the periods still live. */
    List<LedTask> ledBy(long unitId) {
        return jdbc.sql(TASK_COLUMNS + """
                     , latest.period AS latest_period, latest.state AS latest_state,
                       ARRAY(SELECT r.period FROM plan.progress_report r
                              WHERE r.task_id = k.id AND r.state <> 'RETURNED') AS live
                """ + TASK_FROM + """
                       LEFT JOIN LATERAL (SELECT r.period, r.state FROM plan.progress_report r WHERE r.task_id = k.id
                                           ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1) AS latest ON true
                 WHERE k.lead_unit_id = :unit ORDER BY p.id, k.sort""")
                .param("unit", unitId).query((rs, i) -> new LedTask(rs.getLong("plan_id"), rs.getString("plan_title"),
                        PlanQueries.task(rs), rs.getString("latest_period"), rs.getString("latest_state"),
                        Set.copyOf(PlanQueries.strings(rs.getArray("live"))))).list();
    }

    List<ReportRow> reports(long taskId) {
        return withEvidence(jdbc.sql(REPORTS + "WHERE r.task_id = :task ORDER BY r.submitted_at DESC, r.id DESC")
                .param("task", taskId).query(ProgressQueries::report).list());
    }

    /** The plan's reports waiting for review, oldest first (found through its tasks: reports are indexed by task). */
    List<ReportRow> submitted(long planId) {
        return withEvidence(jdbc.sql(REPORTS + "WHERE k.plan_id = :plan AND r.state = 'SUBMITTED' "
                + "ORDER BY r.submitted_at, r.id").param("plan", planId).query(ProgressQueries::report).list());
    }

    int waiting(long planId) {
        return jdbc.sql("SELECT count(*) FROM plan.task k JOIN plan.progress_report r ON r.task_id = k.id "
                + "WHERE k.plan_id = :plan AND r.state = 'SUBMITTED'").param("plan", planId).query(Integer.class)
                .single();
    }

    /** Periods of a task that have a submitted or accepted report. */
    Set<String> livePeriods(long taskId) {
        return new HashSet<>(jdbc.sql("SELECT period FROM plan.progress_report WHERE task_id = :task "
                + "AND state <> 'RETURNED'").param("task", taskId).query(String.class).list());
    }

    Optional<EvidenceFile> evidence(long planId, long evidenceId) {
        return jdbc.sql("""
                SELECT e.id, k.lead_unit_id, pu.path, e.file_name, e.content_type
                  FROM plan.evidence e JOIN plan.progress_report r ON r.id = e.report_id
                       JOIN plan.task k ON k.id = r.task_id JOIN plan.plan p ON p.id = r.plan_id
                       JOIN org.unit_scope pu ON pu.id = p.org_unit_id
                 WHERE e.id = :id AND r.plan_id = :plan""")
                .param("id", evidenceId).param("plan", planId)
                .query((rs, i) -> new EvidenceFile(rs.getLong(1), (Long) rs.getObject(2), OrgPath.of(rs.getString(3)),
                        rs.getString(4), rs.getString(5))).optional();
    }

    private List<TargetRef> targets(long taskId) {
        return jdbc.sql("""
                SELECT t.code, t.text FROM plan.task_target tt JOIN plan.target t ON t.id = tt.target_id
                 WHERE tt.task_id = :task ORDER BY t.sort""")
                .param("task", taskId).query((rs, i) -> new TargetRef(rs.getString(1), rs.getString(2))).list();
    }

    private List<ReportRow> withEvidence(List<ReportRow> reports) {
        if (reports.isEmpty()) {
            return reports;
        }
        Map<Long, List<EvidenceRow>> byReport = jdbc.sql("""
                SELECT id, report_id, file_name, content_type, size_bytes, sha256 FROM plan.evidence
                 WHERE report_id = ANY(:reports) ORDER BY id""")
                .param("reports", reports.stream().map(ReportRow::id).toArray(Long[]::new))
                .query((rs, i) -> new EvidenceRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6))).list().stream()
                .collect(Collectors.groupingBy(EvidenceRow::reportId, LinkedHashMap::new, Collectors.toList()));
        List<ReportRow> out = new ArrayList<>();
        for (ReportRow r : reports) {
            out.add(new ReportRow(r.id(), r.taskId(), r.taskCode(), r.taskText(), r.period(), r.percent(),
                    r.narrative(), r.publicText(), r.state(), r.submittedBy(), r.submittedAt(), r.reviewedBy(),
                    r.reviewedAt(), r.reviewComment(), byReport.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    private static ReportRow report(ResultSet rs, int row) throws SQLException {
        return new ReportRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                local(rs.getObject(11, OffsetDateTime.class)), rs.getString(12),
                local(rs.getObject(13, OffsetDateTime.class)),
                rs.getString(14), List.of());
    }

    /** Times as the bureaus read them. */
    private static LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(CHINA).toLocalDateTime();
    }
}
