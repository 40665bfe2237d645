package org.edugov.plan;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.OrgUnit;
import org.edugov.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The in-app notifications of one org unit: every user of the unit sees the same list; nobody sees another unit's. */
@Service
class Notifications {

    /** A notification with its message key and arguments, rendered in the reader's language by the page. */
    record NotificationRow(long id, String messageKey, Object[] args, OffsetDateTime createdAt, boolean read) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Notifications(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One page of the unit's notifications, newest first; one row more than {@code size} when there is a next page. */
    List<NotificationRow> page(long unit, int page, int size) {
        return jdbc.sql("""
                SELECT id, message_key, args, created_at, read_at IS NOT NULL FROM plan.notification
                 WHERE org_unit_id = :unit ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("unit", unit).param("limit", size + 1).param("offset", page * size)
                .query((rs, i) -> new NotificationRow(rs.getLong(1), rs.getString(2), args(rs.getArray(3)),
                        rs.getObject(4, OffsetDateTime.class), rs.getBoolean(5))).list();
    }

    int unread(long unit) {
        return jdbc.sql("SELECT count(*) FROM plan.notification WHERE org_unit_id = :unit AND read_at IS NULL")
                .param("unit", unit).query(Integer.class).single();
    }

    /** Marks the unit's unread notifications read by {@code actor}, audited; returns how many. */
    @Transactional
    int markAllRead(OrgUnit unit, Actor actor) {
        int marked = jdbc.sql("UPDATE plan.notification SET read_at = now(), read_by = :by "
                        + "WHERE org_unit_id = :unit AND read_at IS NULL")
                .param("by", actor.username()).param("unit", unit.id()).update();
        if (marked > 0) {
            audit.changed(actor, AuditAction.UPDATE, "Notifications", unit.id(), unit.path(),
                    List.of(new FieldChange("markedRead", null, String.valueOf(marked))));
        }
        return marked;
    }

    private static Object[] args(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
