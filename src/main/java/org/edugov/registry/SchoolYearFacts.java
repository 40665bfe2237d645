package org.edugov.registry;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.edugov.shared.SchoolYear;

/**
 * A school's facilities and finance in one school year (named by its start year). A figure that is absent was
 * not reported; amounts are {@link BigDecimal} with two decimals, counts {@link Integer}, flags {@link Boolean}.
 */
public record SchoolYearFacts(int schoolYear, Map<SchoolFact, Object> values) {

    public SchoolYearFacts {
        EnumMap<SchoolFact, Object> copy = new EnumMap<>(SchoolFact.class);
        values.forEach((fact, value) -> {
            if (value != null) {
                copy.put(fact, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public SchoolYear year() {
        return SchoolYear.of(schoolYear);
    }

    public Object get(SchoolFact fact) {
        return values.get(fact);
    }

    /** A number as people write it (1200, 1234.5), or null for flags and figures not reported. */
    public String number(SchoolFact fact) {
        Object v = values.get(fact);
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return v instanceof Integer i ? i.toString() : null;
    }

    /** A number for a page, with thousands separated (1,234.5); null for flags and figures not reported. */
    public String display(SchoolFact fact) {
        Object v = values.get(fact);
        if (v instanceof BigDecimal || v instanceof Integer) {
            DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return format.format(v);
        }
        return null;
    }

    /** Every figure by column, absent ones as null: what the audit log compares. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SchoolFact f : SchoolFact.values()) {
            m.put(f.column(), values.get(f));
        }
        return m;
    }

    /** The figures as the edit form shows them: numbers as text, flags as true/false, absent ones empty. */
    public Map<String, String> formValues() {
        Map<String, String> m = new LinkedHashMap<>();
        for (SchoolFact f : SchoolFact.values()) {
            Object v = values.get(f);
            m.put(f.column(), v == null ? "" : v instanceof Boolean b ? b.toString() : number(f));
        }
        return m;
    }
}
