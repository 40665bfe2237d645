package org.edugov.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs the {@link QualityRule}s for the units under one org unit, within the user's scope. */
@Component
class DataQuality {

    static final int SHOWN = 50;

    private final JdbcClient jdbc;

    DataQuality(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One finding: the unit it belongs to, the record and a short detail (class · size, grade · age …). */
    record Finding(long unitId, String unitName, long recordId, String recordKind, String detail) {
    }

    /** A rule's findings under the unit: how many, and the first {@link #SHOWN}. */
    record RuleResult(QualityRule rule, long count, List<Finding> shown) {
    }

    List<RuleResult> check(OrgUnit under, DataScope scope, int year, LocalDate asOf) {
        SqlCondition inScope = scope.condition("u.path");
        List<RuleResult> results = new ArrayList<>();
        for (QualityRule rule : QualityRule.values()) {
            String sql = "WITH f AS (" + rule.sql() + ") SELECT f.*, u.name AS unit_name, count(*) OVER () AS total"
                    + " FROM f AS f (unit_id, record_id, record_kind, detail) JOIN org.unit_scope u ON u.id = f.unit_id"
                    + " WHERE u.path LIKE :under AND" + inScope.sql() + " ORDER BY u.path, f.record_id LIMIT " + SHOWN;
            long[] total = {0};
            List<Finding> shown = jdbc.sql(sql).param("asOf", asOf).param("year", year).param("units", null)
                    .param("under", under.path().subtreePattern()).params(inScope.params())
                    .query((rs, i) -> {
                        total[0] = rs.getLong("total");
                        return new Finding(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("record_id"),
                                rs.getString("record_kind"), rs.getString("detail"));
                    }).list();
            results.add(new RuleResult(rule, total[0], shown));
        }
        return results;
    }
}
