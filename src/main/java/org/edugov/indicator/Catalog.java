package org.edugov.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The stored catalog: every version of every indicator, national and regional. */
@Repository
class Catalog {

    private static final String COLUMNS = """
            id, code, version, region_code, valid_from, name_zh, name_en, definition_zh, definition_en, source,
            source_status, kind, numerator, denominator, factor, unit, direction, lowest_level, settings, sort_order,
            origin, created_by, created_at""";

    private final JdbcClient jdbc;
    /** Every stored version, read once and again after each insert: pages and the API read it per request. */
    private volatile List<Definition> cached;

    Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Definition> all() {
        List<Definition> all = cached;
        if (all == null) {
            all = jdbc.sql("SELECT " + COLUMNS + " FROM indicator.definition ORDER BY sort_order, code, region_code, version")
                    .query(Catalog::map).list();
            cached = all;
        }
        return all;
    }

    Optional<Definition> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator.definition WHERE id = :id").param("id", id)
                .query(Catalog::map).optional();
    }

    Optional<Definition> find(String code, String region, int version) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM indicator.definition WHERE code = :code AND region_code = :region AND version = :version")
                .param("code", code).param("region", region).param("version", version).query(Catalog::map).optional();
    }

    /** The newest version valid on the date of each (code, region): what a run computes. */
    List<Definition> current(LocalDate asOf) {
        Map<String, Definition> newest = new LinkedHashMap<>();
        for (Definition d : all()) {
            if (!d.validFrom().isAfter(asOf)) {
                newest.merge(d.code() + "\u0000" + d.regionCode(), d, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        return List.copyOf(newest.values());
    }

    /** The current definitions of an indicator, most specific region first. */
    static Optional<Definition> forArea(List<Definition> current, String code, String areaCode) {
        return current.stream().filter(d -> d.code().equals(code) && d.covers(areaCode))
                .max(Comparator.comparingInt(d -> d.regionCode().length()));
    }

    List<Definition> versions(String code) {
        return all().stream().filter(d -> d.code().equals(code))
                .sorted(Comparator.comparing(Definition::regionCode).thenComparing(Definition::version, Comparator.reverseOrder()))
                .toList();
    }

    int nextVersion(String code, String region) {
        return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM indicator.definition WHERE code = :code AND region_code = :region")
                .param("code", code).param("region", region).query(Integer.class).single();
    }

    long insert(Definition d) {
        cached = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached = null;
                }
            });
        }
        return jdbc.sql("""
                INSERT INTO indicator.definition (code, version, region_code, valid_from, name_zh, name_en, definition_zh,
                    definition_en, source, source_status, kind, numerator, denominator, factor, unit, direction,
                    lowest_level, settings, sort_order, origin, created_by)
                VALUES (:code, :version, :region, :validFrom, :nameZh, :nameEn, :definitionZh, :definitionEn, :source,
                    :sourceStatus, :kind, :numerator, :denominator, :factor, :unit, :direction, :lowestLevel, :settings,
                    :sortOrder, :origin, :createdBy)
                RETURNING id""")
                .param("code", d.code()).param("version", d.version()).param("region", d.regionCode())
                .param("validFrom", d.validFrom()).param("nameZh", d.nameZh()).param("nameEn", d.nameEn())
                .param("definitionZh", d.definitionZh()).param("definitionEn", d.definitionEn())
                .param("source", d.source()).param("sourceStatus", d.sourceStatus()).param("kind", d.kind().name())
                .param("numerator", d.numerator()).param("denominator", d.denominator()).param("factor", d.factor())
                .param("unit", d.unit()).param("direction", d.direction()).param("lowestLevel", d.lowestLevel().name())
                .param("settings", Definition.formatSettings(d.settings())).param("sortOrder", d.sortOrder())
                .param("origin", d.origin()).param("createdBy", d.createdBy())
                .query(Long.class).single();
    }

    /** The display order of every version of a code: presentation only, not part of a version's content. */
    void reorder(String code, int sortOrder) {
        cached = null;
        jdbc.sql("UPDATE indicator.definition SET sort_order = :sort WHERE code = :code").param("sort", sortOrder)
                .param("code", code).update();
    }

    private static Definition map(ResultSet rs, int row) throws SQLException {
        return new Definition(rs.getLong("id"), rs.getString("code"), rs.getInt("version"), rs.getString("region_code"),
                rs.getObject("valid_from", LocalDate.class), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("definition_zh"), rs.getString("definition_en"), rs.getString("source"),
                rs.getString("source_status"), Definition.Kind.valueOf(rs.getString("kind")), rs.getString("numerator"),
                rs.getString("denominator"), rs.getBigDecimal("factor"), rs.getString("unit"), rs.getString("direction"),
                Definition.Level.valueOf(rs.getString("lowest_level")), Definition.parseSettings(rs.getString("settings")),
                rs.getInt("sort_order"), rs.getString("origin"), rs.getString("created_by"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }
}
