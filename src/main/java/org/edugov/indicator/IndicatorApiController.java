package org.edugov.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgUnit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicator catalog and values as JSON, scoped like the pages. */
@RestController
@Tag(name = "Indicators")
class IndicatorApiController {

    private final Indicators indicators;
    private final ValueQueries values;

    IndicatorApiController(Indicators indicators, ValueQueries values) {
        this.indicators = indicators;
        this.values = values;
    }

    record DefinitionJson(String code, int version, String region, LocalDate validFrom, String nameZh, String nameEn,
            String definitionZh, String definitionEn, String source, String sourceStatus, String kind,
            String numerator, String denominator, BigDecimal factor, String unit, String direction,
            String lowestLevel, Map<String, String> settings) {

        static DefinitionJson of(Definition d) {
            return new DefinitionJson(d.code(), d.version(), d.regionCode(), d.validFrom(), d.nameZh(), d.nameEn(),
                    d.definitionZh(), d.definitionEn(), d.source(), d.sourceStatus(), d.kind().name(), d.numerator(),
                    d.denominator(), d.factor(), d.unit(), d.direction(), d.lowestLevel().name(), d.settings());
        }
    }

    record ValueJson(long orgId, String orgCode, String orgName, String orgKind, int schoolYear, LocalDate asOf,
            BigDecimal numerator, BigDecimal denominator, BigDecimal value, String noValueReason, String origin,
            Instant computedAt) {

        static ValueJson of(ValueRow v) {
            return new ValueJson(v.unitId(), v.unitCode(), v.unitName(), v.unitKind(), v.schoolYear(), v.asOf(),
                    v.numerator(), v.denominator(), v.value(), v.noValueReason(), v.origin(), v.computedAt());
        }
    }

    record ValuesJson(DefinitionJson definition, ValueJson value, List<ValueJson> children) {
    }

    @GetMapping("/api/indicators")
    @PreAuthorize("hasAuthority('indicator:value:read')")
    @Operation(summary = "The indicator definitions that apply to a unit (default: the caller's unit) in a school year")
    List<DefinitionJson> catalog(CurrentUser user, @RequestParam(required = false) Long org,
            @RequestParam(required = false) Integer year, HttpSession session) {
        OrgUnit unit = indicators.org(user, org, session);
        return indicators.definitions(unit, indicators.year(year)).stream().map(DefinitionJson::of).toList();
    }

    @GetMapping("/api/indicators/{code}/values")
    @PreAuthorize("hasAuthority('indicator:value:read')")
    @Operation(summary = "An indicator's value for a unit and the units directly below it, with the definition "
            + "version used; 404 for a unit outside the caller's scope or an unknown code")
    ValuesJson values(CurrentUser user, @PathVariable String code, @RequestParam(required = false) Long org,
            @RequestParam(required = false) Integer year, HttpSession session) {
        OrgUnit unit = indicators.org(user, org, session);
        int y = indicators.year(year);
        Definition d = indicators.definition(code, unit, y);
        List<ValueJson> children = new ArrayList<>();
        values.children(d.id(), y, unit.id(), indicators.referenceDate(y), user.scope())
                .forEach(v -> children.add(ValueJson.of(v)));
        return new ValuesJson(DefinitionJson.of(d), values.value(d.id(), y, unit.id()).map(ValueJson::of).orElse(null),
                children);
    }
}
