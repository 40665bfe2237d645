package org.edugov.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One version of an indicator for one region ({@code ""} = national, otherwise an area-code prefix). The
 * expressions are kept as text and parsed with the version's own settings; a value stored with a definition
 * keeps pointing at it when a newer version appears.
 */
record Definition(long id, String code, int version, String regionCode, LocalDate validFrom, String nameZh,
        String nameEn, String definitionZh, String definitionEn, String source, String sourceStatus, Kind kind,
        String numerator, String denominator, BigDecimal factor, String unit, String direction, Level lowestLevel,
        Map<String, String> settings, int sortOrder, String origin, String createdBy, Instant createdAt) {

    Definition {
        settings = new LinkedHashMap<>(settings);
    }

    enum Kind {
        /** Σ numerator × factor ÷ Σ denominator, summed up the hierarchy. */
        RATIO,
        /** Σ numerator: a count such as 超大班额 classes. */
        COUNT,
        /** 差异系数 across a county's schools of the school-level ratio numerator ÷ denominator. */
        CV
    }

    /** The org levels, lowest first; an indicator has no value below its lowest level. */
    enum Level {
        SCHOOL, TOWN, COUNTY, CITY, PROVINCE;

        static Level ofKind(String orgKind) {
            return switch (orgKind) {
                case "SCHOOL", "TEACHING_POINT" -> SCHOOL;
                case "TOWN" -> TOWN;
                case "COUNTY" -> COUNTY;
                case "CITY" -> CITY;
                case "PROVINCE" -> PROVINCE;
                default -> throw new IllegalArgumentException("no indicator level for " + orgKind);
            };
        }
    }

    public String name(Locale locale) {
        return locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }

    public String definition(Locale locale) {
        return locale.getLanguage().equals("zh") ? definitionZh : definitionEn;
    }

    Expression numeratorExpression() {
        return ExpressionParser.parse(numerator, settings);
    }

    Expression denominatorExpression() {
        return kind == Kind.COUNT ? new Expression(java.util.List.of()) : ExpressionParser.parse(denominator, settings);
    }

    boolean higherIsBetter() {
        return direction.equals("HIGHER");
    }

    /** Whether this definition applies to a unit with the given area code (county code, or city code). */
    boolean covers(String areaCode) {
        return regionCode.isEmpty() || (areaCode != null && areaCode.startsWith(regionCode));
    }

    static Map<String, String> parseSettings(String lines) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                settings.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return settings;
    }

    static String formatSettings(Map<String, String> settings) {
        StringBuilder out = new StringBuilder();
        settings.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }
}
