package org.edugov.indicator;

import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.org.OrgUnit;
import org.edugov.registry.RecordNames;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records behind one unit's numerator or denominator: the same fact SQL and conditions the engine summed,
 * listed record by record with every filter key's value, so a reader sees why each one counts. Names are
 * masked; the caller has checked that the unit is in the user's scope.
 */
@Component
class DrillDown {

    static final int PAGE_SIZE = 50;

    /** Filter keys whose values are dictionary codes, shown with their labels. */
    private static final Map<String, DictType> DICTIONARY_KEYS = Map.of("stage", DictType.STAGE, "grade", DictType.GRADE,
            "sex", DictType.GENDER, "school_type", DictType.SCHOOL_TYPE, "ownership", DictType.SCHOOL_OWNERSHIP,
            "placement", DictType.DISABILITY_PLACEMENT, "hukou_type", DictType.HUKOU_TYPE, "staffing", DictType.STAFFING);

    private final JdbcClient jdbc;
    private final RecordNames names;
    private final Dictionaries dictionaries;
    private final MessageSource messages;

    DrillDown(JdbcClient jdbc, RecordNames names, Dictionaries dictionaries, MessageSource messages) {
        this.jdbc = jdbc;
        this.names = names;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    /** One record: its id, display label, the value of each fact key, and what it adds to each term. */
    record Row(long id, String label, Map<String, String> keys, List<BigDecimal> contributions) {
    }

    record Page(Fact fact, List<Expression.Term> terms, List<String> keys, List<Row> rows, boolean hasNext) {
    }

    /** The facts an expression reads, in order of first appearance. */
    static List<Fact> facts(Expression e) {
        return e.terms().stream().map(Expression.Term::fact).distinct().toList();
    }

    Page records(Expression side, Fact fact, OrgUnit unit, int year, LocalDate asOf, int page, Locale locale) {
        long unitId = unit.id();
        List<Expression.Term> terms = side.terms().stream().filter(t -> t.fact() == fact).toList();
        Map<String, Object> params = new HashMap<>();
        String sql = FactSql.records(fact, terms, params);
        params.put("asOf", asOf);
        params.put("year", year);
        params.put("unit", unitId);
        params.put("units", new Long[] {unitId});
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", page * PAGE_SIZE);
        List<String> keys = List.copyOf(fact.dimensions().keySet());
        List<Row> rows = new ArrayList<>();
        jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, String> values = new LinkedHashMap<>();
            List<BigDecimal> contributions = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                BigDecimal m = rs.getBigDecimal("m" + i);
                contributions.add(m == null ? null : m.multiply(terms.get(i).coefficient()));
            }
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                String label = meta.getColumnLabel(c);
                if (label.startsWith("d_")) {
                    values.put(label.substring(2), shown(label.substring(2), rs.getString(c), locale));
                }
            }
            rows.add(new Row(rs.getLong("record_id"), null, values, contributions));
        });
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<Row> shown = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
        Map<Long, String> labels = labels(fact, shown.stream().map(Row::id).toList());
        return new Page(fact, terms, keys, shown.stream()
                .map(r -> new Row(r.id(), labels.getOrDefault(r.id(), unit.name()), r.keys(), r.contributions()))
                .toList(), hasNext);
    }

    private String shown(String key, String value, Locale locale) {
        if (value == null) {
            return "";
        }
        DictType type = DICTIONARY_KEYS.get(key);
        if (type != null) {
            return dictionaries.label(type, value, locale);
        }
        if (value.equals("true") || value.equals("false")) {
            return messages.getMessage(value.equals("true") ? "common.yes" : "common.no", null, locale);
        }
        return messages.getMessage("indicator.keyValue." + key + "." + value, null, value, locale);
    }

    private Map<Long, String> labels(Fact fact, List<Long> ids) {
        return switch (fact) {
            case PUPILS -> names.pupils(ids);
            case TEACHERS -> names.teachers(ids);
            case CLASSES -> names.classes(ids);
            case SCHOOLS, FACILITIES, FLOWS, POPULATION -> Map.of();
        };
    }
}
