package org.edugov.audit;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.edugov.shared.CopyFormat;
import org.edugov.shared.DataScope;
import org.edugov.shared.SqlCondition;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String INSERT = """
            INSERT INTO audit.audit_event (actor_id, actor_name, actor_org_path, action, entity_type, entity_id,
                                           org_path, changes, detail)
            VALUES (:actorId, :actorName, :actorOrgPath, :action, :entityType, :entityId,
                    :orgPath, CAST(:changes AS jsonb), :detail)
            """;
    private static final int BATCH = 5_000;
    private static final List<String> COPY_COLUMNS = List.of("actorId", "actorName", "actorOrgPath", "action",
            "entityType", "entityId", "orgPath", "changes", "detail");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    void insert(AuditRecord r) {
        jdbc.sql(INSERT).params(params(r)).update();
    }

    /** Bulk audit rows go in with COPY on the transaction's connection: an import's audit costs little. */
    void insertAll(List<AuditRecord> records) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < records.size(); from += BATCH) {
                StringBuilder text = new StringBuilder();
                for (AuditRecord r : records.subList(from, Math.min(records.size(), from + BATCH))) {
                    Map<String, Object> p = params(r);
                    for (String column : COPY_COLUMNS) {
                        text.append(CopyFormat.field(p.get(column))).append(column.equals("detail") ? '\n' : '\t');
                    }
                }
                copy.copyIn("COPY audit.audit_event (actor_id, actor_name, actor_org_path, action, entity_type, "
                        + "entity_id, org_path, changes, detail) FROM STDIN", new StringReader(text.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY of audit rows failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }


    private Map<String, Object> params(AuditRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("actorId", r.actor().userId());
        p.put("actorName", r.actor().username());
        p.put("actorOrgPath", r.actor().orgPath() == null ? null : r.actor().orgPath().value());
        p.put("action", r.action().name());
        p.put("entityType", r.entityType());
        p.put("entityId", r.entityId());
        p.put("orgPath", r.orgPath() == null ? null : r.orgPath().value());
        p.put("changes", json.writeValueAsString(r.changes()));
        p.put("detail", r.detail());
        return p;
    }

    /** One page of events inside the scope, newest first; fetches one extra row to tell if more exist. */
    List<AuditEventView> search(AuditQuery q, DataScope scope) {
        SqlCondition inScope = scope.condition("org_path", "actor_id");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("from", q.from() == null ? null : q.from().atStartOfDay(CHINA).toOffsetDateTime());
        params.put("to", q.to() == null ? null : q.to().plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        params.put("actor", q.actor());
        params.put("action", q.action() == null ? null : q.action().name());
        params.put("entityType", q.entityType());
        params.put("entityId", q.entityId());
        params.put("limit", AuditQuery.PAGE_SIZE + 1);
        params.put("offset", q.page() * AuditQuery.PAGE_SIZE);
        return jdbc.sql("""
                SELECT id, occurred_at, actor_name, action, entity_type, entity_id, org_path, changes::text AS changes,
                       detail
                  FROM audit.audit_event
                 WHERE %s
                   AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
                   AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
                   AND (CAST(:actor AS text) IS NULL OR actor_name = :actor)
                   AND (CAST(:action AS text) IS NULL OR action = :action)
                   AND (CAST(:entityType AS text) IS NULL OR entity_type = :entityType)
                   AND (CAST(:entityId AS text) IS NULL OR entity_id = :entityId)
                 ORDER BY occurred_at DESC, id DESC
                 LIMIT :limit OFFSET :offset
                """.formatted(inScope.sql()))
                .params(params)
                .query((rs, i) -> new AuditEventView(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor_name"),
                        rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                        rs.getString("org_path"), json.readValue(rs.getString("changes"), CHANGES),
                        rs.getString("detail")))
                .list();
    }
}
