package org.edugov.plan;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.edugov.shared.OrgPath;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the checks of qualitative targets' conditions. The latest check of a condition is the latest one recorded
 * for the target and the condition's text: a check keeps the text it was made on, so a reworded condition starts
 * unchecked, and moving a condition in the list keeps its checks. Nothing here checks who asks: callers decide
 * that the plan is in the user's scope first.
 */
@Repository
class ConditionChecks {

    /** A check with its evidence file, if one was attached. */
    record CheckRow(long id, int conditionIndex, String conditionText, boolean met, String note, String checkedBy,
            LocalDateTime checkedAt, EvidenceRef evidence) {
    }

    record EvidenceRef(long id, String fileName, long sizeBytes) {
    }

    /** A check's evidence file with the path of its plan's unit, for the audit row of a download. */
    record EvidenceFile(long id, OrgPath planPath, String fileName, String contentType) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    ConditionChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Target id → condition text → whether its latest check says met, for every checked condition of the plan. */
    Map<Long, Map<String, Boolean>> latestMet(long planId) {
        Map<Long, Map<String, Boolean>> out = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (target_id, condition_text) target_id, condition_text, met
                  FROM plan.condition_check WHERE plan_id = :plan
                 ORDER BY target_id, condition_text, checked_at DESC, id DESC""")
                .param("plan", planId).query((RowCallbackHandler) rs -> out.computeIfAbsent(rs.getLong(1),
                        k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3)));
        return out;
    }

    /** Condition text → its latest check, for one target. */
    Map<String, CheckRow> latest(long planId, long targetId) {
        Map<String, CheckRow> out = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (c.condition_text) c.id, c.condition_index, c.condition_text, c.met, c.note,
                       c.checked_by, c.checked_at, e.id, e.file_name, e.size_bytes
                  FROM plan.condition_check c LEFT JOIN plan.evidence e ON e.check_id = c.id
                 WHERE c.plan_id = :plan AND c.target_id = :target
                 ORDER BY c.condition_text, c.checked_at DESC, c.id DESC""")
                .param("plan", planId).param("target", targetId).query((RowCallbackHandler) rs -> {
                    Long evidence = (Long) rs.getObject(8);
                    out.put(rs.getString(3), new CheckRow(rs.getLong(1), rs.getInt(2), rs.getString(3),
                            rs.getBoolean(4), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).atZoneSameInstant(CHINA).toLocalDateTime(),
                            evidence == null ? null : new EvidenceRef(evidence, rs.getString(9), rs.getLong(10))));
                });
        return out;
    }

    Optional<EvidenceFile> evidence(long planId, long evidenceId) {
        return jdbc.sql("""
                SELECT e.id, pu.path, e.file_name, e.content_type
                  FROM plan.evidence e JOIN plan.condition_check c ON c.id = e.check_id
                       JOIN plan.plan p ON p.id = c.plan_id JOIN org.unit_scope pu ON pu.id = p.org_unit_id
                 WHERE e.id = :id AND c.plan_id = :plan""")
                .param("id", evidenceId).param("plan", planId)
                .query((rs, i) -> new EvidenceFile(rs.getLong(1), OrgPath.of(rs.getString(2)), rs.getString(3),
                        rs.getString(4))).optional();
    }

    /** The conditions of a target with their latest checks, in the order the target lists them. */
    static List<ConditionView> views(PlanQueries.TargetRow target, Map<String, CheckRow> latest) {
        List<String> conditions = target.conditions();
        return IntStream.range(0, conditions.size())
                .mapToObj(i -> new ConditionView(i, conditions.get(i), latest.get(conditions.get(i)))).toList();
    }

    /** A condition at {@code index} of its target's list with its latest check (null: never checked). */
    record ConditionView(int index, String text, CheckRow latest) {
    }

    /** How many of a target's conditions have a latest check that says met. */
    static int met(List<String> conditions, Map<String, Boolean> latestMet) {
        return (int) conditions.stream().filter(c -> Boolean.TRUE.equals(latestMet.get(c))).count();
    }
}
