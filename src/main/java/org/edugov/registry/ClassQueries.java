package org.edugov.registry;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Classes of a school year with their sizes from {@code registry.v_class_size}, within the caller's scope. The
 * view is read per class (LATERAL on its grouping key), so PostgreSQL counts only the pupils of the classes asked
 * for, through the index on pupil.class_id: one school's classes take about 2 ms instead of counting all pupils.
 */
@Repository
class ClassQueries {

    private static final String FROM = """
            SELECT c.id, c.school_id, u.name AS school_name, u.code AS school_code, c.school_year, c.grade, c.name,
                   c.multigrade, c.special, s.pupils
              FROM registry.class c
              JOIN org.unit_scope u ON u.id = c.school_id
             CROSS JOIN LATERAL (SELECT v.pupils FROM registry.v_class_size v WHERE v.class_id = c.id OFFSET 0) s
            """;
    // OFFSET 0 keeps PostgreSQL from flattening the LATERAL subquery into a join with the whole aggregated view;
    // planned on its own, the class id reaches the view's GROUP BY and both its scans use an index.
    // shorter names first, so that 高一(2)班 comes before 高一(10)班
    private static final String ORDER = " ORDER BY u.path, array_position(CAST(:gradeOrder AS text[]), c.grade), "
            + "length(c.name), c.name, c.id";
    private static final String GRADE_ORDER = Arrays.stream(Grade.values()).map(Grade::name)
            .collect(Collectors.joining(",", "{", "}"));

    private final JdbcClient jdbc;

    ClassQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, plus one row more than the page size to tell whether a next page exists. */
    List<ClassSize> search(DataScope scope, OrgPath within, int schoolYear, ClassFilter f) {
        Query q = query(scope, within, null, schoolYear, f.gradeOrNull(), f.band());
        q.params().put("limit", ClassFilter.PAGE_SIZE + 1);
        q.params().put("offset", f.pageOrZero() * ClassFilter.PAGE_SIZE);
        return jdbc.sql(FROM + q.where() + ORDER + " LIMIT :limit OFFSET :offset").params(q.params())
                .query(ClassQueries::row).list();
    }

    /** Every matching class, for exports. */
    void forEach(DataScope scope, OrgPath within, int schoolYear, ClassFilter f, Consumer<ClassSize> rows) {
        Query q = query(scope, within, null, schoolYear, f.gradeOrNull(), f.band());
        try (var stream = jdbc.sql(FROM + q.where() + ORDER).params(q.params()).query(ClassQueries::row).stream()) {
            stream.forEach(rows);
        }
    }

    /** How many classes of each band match the filters other than the band itself. */
    Map<ClassSizeBand, Long> bands(DataScope scope, OrgPath within, int schoolYear, ClassFilter f) {
        Query q = query(scope, within, null, schoolYear, f.gradeOrNull(), null);
        Map<ClassSizeBand, Long> counts = new EnumMap<>(ClassSizeBand.class);
        Arrays.stream(ClassSizeBand.values()).forEach(b -> counts.put(b, 0L));
        jdbc.sql("SELECT t.pupils, count(*) AS classes FROM (" + FROM + q.where() + ") t GROUP BY t.pupils")
                .params(q.params())
                .query((rs, i) -> counts.merge(ClassSizeBand.of(rs.getLong("pupils")), rs.getLong("classes"),
                        Long::sum))
                .list();
        return counts;
    }

    /** The classes of one school and year, for the school page (the caller has checked the school's scope). */
    List<ClassSize> ofSchool(DataScope scope, long schoolId, int schoolYear) {
        Query q = query(scope, null, schoolId, schoolYear, null, null);
        return jdbc.sql(FROM + q.where() + ORDER).params(q.params()).query(ClassQueries::row).list();
    }

    private static Query query(DataScope scope, OrgPath within, Long schoolId, int schoolYear, String grade,
            ClassSizeBand band) {
        SqlCondition inScope = scope.condition("u.path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("year", schoolYear);
        params.put("gradeOrder", GRADE_ORDER);
        StringBuilder where = new StringBuilder(" WHERE c.school_year = :year AND ").append(inScope.sql());
        if (within != null) {
            where.append(" AND u.path LIKE :within");
            params.put("within", within.subtreePattern());
        }
        if (schoolId != null) {
            where.append(" AND c.school_id = :school");
            params.put("school", schoolId);
        }
        if (grade != null) {
            where.append(" AND c.grade = :grade");
            params.put("grade", grade);
        }
        if (band != null) {
            where.append(" AND s.pupils BETWEEN :bandMin AND :bandMax");
            params.put("bandMin", band.min());
            params.put("bandMax", band.max());
        }
        return new Query(where.toString(), params);
    }

    private static ClassSize row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ClassSize(rs.getLong("id"), rs.getLong("school_id"), rs.getString("school_name"),
                rs.getString("school_code"), rs.getInt("school_year"), rs.getString("grade"), rs.getString("name"),
                rs.getBoolean("multigrade"), rs.getBoolean("special"), rs.getLong("pupils"));
    }

    private record Query(String where, Map<String, Object> params) {
    }
}
