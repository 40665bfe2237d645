package org.edugov.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edugov.shared.DataScope;
import org.edugov.shared.Masked;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transfers, visible to whoever's scope holds the sending or the receiving school. */
@Repository
class TransferRepository {

    private static final String SELECT = """
            SELECT t.*, p.name AS pupil_name, p.id_number, fs.name AS from_name, fs.path AS from_path,
                   ts.name AS to_name, ts.path AS to_path
              FROM registry.transfer t
              JOIN registry.pupil p ON p.id = t.pupil_id
              JOIN org.unit_scope fs ON fs.id = t.from_school_id
              JOIN org.unit_scope ts ON ts.id = t.to_school_id
            """;

    private final JdbcClient jdbc;

    TransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> visible(DataScope scope, String state, int limit, int offset) {
        SqlCondition from = scope.condition("fs.path");
        SqlCondition to = scope.condition("ts.path");
        Map<String, Object> params = new HashMap<>(from.params());
        params.put("state", state == null || state.isBlank() ? null : state);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SELECT + " WHERE (" + from.sql() + " OR " + to.sql() + ")"
                        + " AND (CAST(:state AS text) IS NULL OR t.state = :state)"
                        + " ORDER BY t.state LIKE 'AWAITING%' DESC, t.step_started_on, t.id LIMIT :limit OFFSET :offset")
                .params(params).query(TransferRepository::row).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(TransferRepository::row).optional();
    }

    List<TransferView.Decision> decisions(long id) {
        return jdbc.sql("""
                SELECT step, decision, comment, decided_by, decided_on FROM registry.transfer_decision
                 WHERE transfer_id = :id
                 ORDER BY decided_on, CASE step WHEN 'AWAITING_FROM_SCHOOL' THEN 1
                                                WHEN 'AWAITING_FROM_COUNTY' THEN 2 ELSE 3 END""")
                .param("id", id)
                .query((rs, i) -> new TransferView.Decision(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    long insert(long pupilId, long fromSchool, long toSchool, String fromCounty, String toCounty, String toGrade,
            String reason, LocalDate today, String actor) {
        return jdbc.sql("""
                INSERT INTO registry.transfer (pupil_id, from_school_id, to_school_id, from_county, to_county, to_grade,
                                               state, reason, requested_on, requested_by, step_started_on)
                VALUES (:pupil, :from, :to, :fromCounty, :toCounty, :grade, 'AWAITING_FROM_SCHOOL', :reason, :today,
                        :actor, :today)
                RETURNING id""")
                .param("pupil", pupilId).param("from", fromSchool).param("to", toSchool).param("fromCounty", fromCounty)
                .param("toCounty", toCounty).param("grade", toGrade).param("reason", reason).param("today", today)
                .param("actor", actor).query(Long.class).single();
    }

    void decide(long id, TransferState step, TransferState next, boolean approved, String comment, LocalDate today,
            String actor) {
        jdbc.sql("""
                INSERT INTO registry.transfer_decision (transfer_id, step, decision, comment, decided_by, decided_on)
                VALUES (:id, :step, :decision, :comment, :actor, :today)""")
                .param("id", id).param("step", step.name()).param("decision", approved ? "APPROVED" : "REJECTED")
                .param("comment", comment).param("actor", actor).param("today", today).update();
        setState(id, next, today);
    }

    void setState(long id, TransferState state, LocalDate today) {
        jdbc.sql("""
                UPDATE registry.transfer SET state = :state, step_started_on = :today,
                       completed_on = CASE WHEN :open THEN NULL ELSE CAST(:today AS date) END
                 WHERE id = :id""")
                .param("id", id).param("state", state.name()).param("today", today).param("open", state.open())
                .update();
    }

    /** Moves the record with the pupil (籍随人走): new school, county and grade, no class yet, two events. */
    void movePupil(Row t, LocalDate today, String actor) {
        jdbc.sql("""
                UPDATE registry.pupil SET school_id = :to, county_code = :county, grade = :grade, class_id = NULL,
                       updated_at = now(), updated_by = :actor WHERE id = :pupil""")
                .param("to", t.toSchoolId()).param("county", t.toCounty()).param("grade", t.toGrade())
                .param("actor", actor).param("pupil", t.pupilId()).update();
        jdbc.sql("""
                INSERT INTO registry.pupil_event (pupil_id, county_code, school_id, kind, occurred_on, reason, actor)
                VALUES (:pupil, :fromCounty, :from, 'TRANSFER_OUT', :today, :reason, :actor),
                       (:pupil, :toCounty, :to, 'TRANSFER_IN', :today, :reason, :actor)""")
                .param("pupil", t.pupilId()).param("fromCounty", t.fromCounty()).param("from", t.fromSchoolId())
                .param("toCounty", t.toCounty()).param("to", t.toSchoolId()).param("today", today)
                .param("reason", t.reason()).param("actor", actor).update();
    }

    /** The row as stored, with the names the pages need. */
    record Row(long id, long pupilId, String pupilName, String idNumber, long fromSchoolId, String fromName,
            OrgPath fromPath, long toSchoolId, String toName, OrgPath toPath, String fromCounty, String toCounty,
            String toGrade, TransferState state, String reason, LocalDate requestedOn, String requestedBy,
            LocalDate stepStartedOn) {

        String maskedId() {
            return Masked.idNumber(idNumber);
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("pupil_id"), rs.getString("pupil_name"), rs.getString("id_number"),
                rs.getLong("from_school_id"), rs.getString("from_name"), OrgPath.of(rs.getString("from_path")),
                rs.getLong("to_school_id"), rs.getString("to_name"), OrgPath.of(rs.getString("to_path")),
                rs.getString("from_county"), rs.getString("to_county"), rs.getString("to_grade"),
                TransferState.valueOf(rs.getString("state")), rs.getString("reason"),
                rs.getObject("requested_on", LocalDate.class), rs.getString("requested_by"),
                rs.getObject("step_started_on", LocalDate.class));
    }
}
