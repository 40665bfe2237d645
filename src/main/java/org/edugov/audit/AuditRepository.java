package org.edugov.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edugov.shared.DataScope;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
        this.jdbc = jdbc;
        this.named = named;
        this.json = json;
    }

    void insert(AuditRecord r) {
        jdbc.sql(INSERT).params(params(r)).update();
    }

    void insertAll(List<AuditRecord> records) {
        for (int from = 0; from < records.size(); from += BATCH) {
            List<AuditRecord> batch = records.subList(from, Math.min(records.size(), from + BATCH));
            named.batchUpdate(INSERT, batch.stream().map(r -> new MapSqlParameterSource(params(r)))
                    .toArray(SqlParameterSource[]::new));
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
