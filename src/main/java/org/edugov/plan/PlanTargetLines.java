package org.edugov.plan;

import java.util.List;
import org.edugov.indicator.TargetLines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The quantified targets of the plans loaded for a unit, as lines on its indicator charts. */
@Component
class PlanTargetLines implements TargetLines {

    private final JdbcClient jdbc;

    PlanTargetLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TargetLine> targets(String indicatorCode, long orgUnitId) {
        return jdbc.sql("""
                SELECT t.value, t.comparator, t.due_year, p.title
                  FROM plan.target t JOIN plan.plan p ON p.id = t.plan_id
                 WHERE t.indicator_code = :code AND p.org_unit_id = :org AND NOT t.qualitative
                 ORDER BY p.id, t.sort""")
                .param("code", indicatorCode).param("org", orgUnitId)
                .query((rs, i) -> new TargetLine(rs.getBigDecimal(1), rs.getString(2), (Integer) rs.getObject(3),
                        rs.getString(4))).list();
    }
}
