package org.edugov.indicator;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicator pages: the catalog with the values of the chosen unit, an indicator's page (value, definition,
 * trend, comparison of the units below, export) and the drill-down to the records behind a school's (or a
 * town's) numerator and denominator. Every unit is checked against the user's scope.
 */
@Controller
class IndicatorController {

    private final Indicators indicators;
    private final ValueQueries values;
    private final DrillDown drillDown;
    private final OrgDirectory directory;
    private final ValueFormat format;
    private final MessageSource messages;
    private final JsonMapper json;
    private final DataQuality quality;
    private final CatalogEditor editor;
    private final List<TargetLines> targetLines;

    IndicatorController(Indicators indicators, ValueQueries values, DrillDown drillDown, OrgDirectory directory,
            ValueFormat format, MessageSource messages, JsonMapper json, DataQuality quality, CatalogEditor editor,
            List<TargetLines> targetLines) {
        this.targetLines = targetLines;
        this.editor = editor;
        this.quality = quality;
        this.indicators = indicators;
        this.values = values;
        this.drillDown = drillDown;
        this.directory = directory;
        this.format = format;
        this.messages = messages;
        this.json = json;
    }

    /** A definition with its value for one unit (null when none is stored). */
    record CatalogRow(Definition definition, ValueRow value) {
    }

    @GetMapping("/indicators")
    @PreAuthorize("hasAuthority('indicator:value:read')")
    String catalog(CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, HttpSession session, Model model) {
        OrgUnit org = indicators.org(user, orgId, session);
        int y = indicators.year(year);
        model.addAttribute("rows", rows(org, y));
        common(model, user, org, y);
        return "indicator/catalog";
    }

    /** The key indicators of the user's working unit, for the home page (an htmx fragment). */
    @GetMapping("/indicators/key")
    @PreAuthorize("hasAuthority('indicator:value:read')")
    String key(CurrentUser user, HttpSession session, Model model) {
        OrgUnit org = indicators.org(user, null, session);
        int y = indicators.year(null);
        List<String> keyCodes = List.of("PRESCHOOL_GER", "INCLUSIVE_KG_COVERAGE", "JUNIOR_GER", "SENIOR_GER",
                "LARGE_CLASS_SHARE_COMPULSORY", "PUPIL_TEACHER_RATIO_PRIMARY", "MIGRANT_IN_PUBLIC_SHARE",
                "PSYCHOLOGY_TEACHER_SCHOOL_SHARE");
        model.addAttribute("rows", rows(org, y).stream().filter(r -> keyCodes.contains(r.definition().code())).toList());
        model.addAttribute("org", org);
        model.addAttribute("year", y);
        return "indicator/key :: cards";
    }

    @GetMapping("/indicators/{code}")
    @PreAuthorize("hasAuthority('indicator:value:read')")
    String show(CurrentUser user, @PathVariable String code, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, HttpSession session, Locale locale, Model model) {
        OrgUnit org = indicators.org(user, orgId, session);
        int y = indicators.year(year);
        Definition d = indicators.definition(code, org, y);
        List<ValueRow> children = values.children(d.id(), y, org.id(), indicators.referenceDate(y), user.scope());
        List<ValueRow> trend = indicators.trend(code, org);
        model.addAttribute("definition", d);
        model.addAttribute("value", values.value(d.id(), y, org.id()).orElse(null));
        model.addAttribute("children", children);
        model.addAttribute("trend", trend);
        model.addAttribute("lineage", directory.lineage(org));
        model.addAttribute("numeratorFacts", DrillDown.facts(d.numeratorExpression()));
        model.addAttribute("denominatorFacts", DrillDown.facts(d.denominatorExpression()));
        model.addAttribute("versions", indicators.versions(code));
        List<TargetLines.TargetLine> targets = targetLines.stream().flatMap(t -> t.targets(code, org.id()).stream())
                .toList();
        model.addAttribute("targets", targets);
        model.addAttribute("trendChart", chart(trend.stream().map(v -> String.valueOf(v.schoolYear())).toList(),
                trend.stream().map(v -> format.plain(v.value(), d.unit())).toList(), d, locale, targets));
        List<ValueRow> compared = children.stream().filter(ValueRow::present).toList();
        model.addAttribute("childrenChart", chart(compared.stream().map(ValueRow::unitName).toList(),
                compared.stream().map(v -> format.plain(v.value(), d.unit())).toList(), d, locale, targets));
        common(model, user, org, y);
        return "indicator/show";
    }

    @GetMapping("/indicators/{code}/export")
    @PreAuthorize("hasAuthority('indicator:value:read')")
    void export(CurrentUser user, @PathVariable String code, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, HttpSession session, Locale locale,
            HttpServletResponse response) throws IOException {
        OrgUnit org = indicators.org(user, orgId, session);
        int y = indicators.year(year);
        Definition d = indicators.definition(code, org, y);
        List<ValueRow> rows = new ArrayList<>();
        values.value(d.id(), y, org.id()).ifPresent(rows::add);
        rows.addAll(values.children(d.id(), y, org.id(), indicators.referenceDate(y), user.scope()));
        XlsxDownload.start(response, code.toLowerCase(Locale.ROOT) + "-" + y + ".xlsx");
        List<String> headers = List.of("org.unit.name", "org.unit.code", "indicator.numerator", "indicator.denominator",
                "indicator.value", "indicator.noValue", "indicator.version").stream()
                .map(k -> messages.getMessage(k, null, locale)).toList();
        SheetWriter.table(response.getOutputStream(), d.name(locale), headers, out -> rows.forEach(v -> out.accept(List.of(
                v.unitName(), v.unitCode(), format.amount(v.numerator(), locale), format.amount(v.denominator(), locale),
                v.value() == null ? "" : format.plain(v.value(), d.unit()).toPlainString(),
                v.noValueReason() == null ? "" : messages.getMessage("indicator.reason." + v.noValueReason(), null, locale),
                "v" + d.version()))));
    }

    @GetMapping("/indicators/{code}/records")
    @PreAuthorize("hasAuthority('indicator:value:read')")
    String records(CurrentUser user, @PathVariable String code, @RequestParam long orgId,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "numerator") String side,
            @RequestParam(required = false) String fact, @RequestParam(defaultValue = "0") int page,
            HttpSession session, Locale locale, Model model) {
        OrgUnit org = indicators.org(user, orgId, session);
        int y = indicators.year(year);
        Definition d = indicators.definition(code, org, y);
        if (!side.equals("numerator") && !side.equals("denominator")) {
            throw UserError.invalid("indicator.side.invalid", side);
        }
        Expression expression = side.equals("numerator") ? d.numeratorExpression() : d.denominatorExpression();
        List<Fact> facts = DrillDown.facts(expression);
        Fact chosen = fact == null ? facts.stream().findFirst().orElseThrow(() -> UserError.invalid("indicator.side.invalid", side))
                : facts.stream().filter(f -> f.expressionName().equals(fact)).findFirst()
                        .orElseThrow(() -> UserError.invalid("indicator.fact.invalid", fact));
        boolean recordUnit = chosen == Fact.POPULATION ? org.kind().name().equals("TOWN") : org.kind().isSchool();
        if (!recordUnit) {
            throw UserError.invalid(chosen == Fact.POPULATION ? "indicator.records.townOnly" : "indicator.records.schoolOnly");
        }
        model.addAttribute("definition", d);
        model.addAttribute("side", side);
        model.addAttribute("facts", facts);
        model.addAttribute("records", drillDown.records(expression, chosen, org, y, indicators.referenceDate(y),
                Math.max(page, 0), locale));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("value", values.value(d.id(), y, org.id()).orElse(null));
        model.addAttribute("lineage", directory.lineage(org));
        common(model, user, org, y);
        return "indicator/records";
    }

    @GetMapping("/indicators/{code}/versions/new")
    @PreAuthorize("hasAuthority('indicator:catalog:write')")
    String newVersion(CurrentUser user, @PathVariable String code, HttpSession session, Model model) {
        OrgUnit org = indicators.org(user, null, session);
        Definition d = indicators.definition(code, org, indicators.year(null));
        return versionForm(model, user, d, VersionForm.of(d));
    }

    @PostMapping("/indicators/{code}/versions")
    @PreAuthorize("hasAuthority('indicator:catalog:write')")
    String addVersion(CurrentUser user, @PathVariable String code, VersionForm form, HttpSession session,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        OrgUnit org = indicators.org(user, null, session);
        Definition base = indicators.definition(code, org, indicators.year(null));
        try {
            Definition added = editor.addVersion(user, base, form);
            redirect.addFlashAttribute("noticeKey", "indicator.version.saved");
            return "redirect:/indicators/" + added.code() + "?orgId=" + org.id();
        } catch (UserError e) {
            FormErrors.show(model, response, e);
            return versionForm(model, user, base, form);
        }
    }

    private String versionForm(Model model, CurrentUser user, Definition base, VersionForm form) {
        model.addAttribute("definition", base);
        model.addAttribute("form", form);
        model.addAttribute("region", CatalogEditor.regionOf(user));
        model.addAttribute("versions", indicators.versions(base.code()));
        return "indicator/version-form";
    }

    @GetMapping("/indicators/quality")
    @PreAuthorize("hasAuthority('indicator:value:read')")
    String quality(CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, HttpSession session, Model model) {
        OrgUnit org = indicators.org(user, orgId, session);
        int y = indicators.year(year);
        model.addAttribute("results", quality.check(org, user.scope(), y, indicators.referenceDate(y)));
        model.addAttribute("shown", DataQuality.SHOWN);
        common(model, user, org, y);
        return "indicator/quality";
    }

    private List<CatalogRow> rows(OrgUnit org, int year) {
        List<Definition> definitions = indicators.definitions(org, year);
        Map<Long, ValueRow> byDefinition = values.values(definitions.stream().map(Definition::id).toList(), year, org.id())
                .stream().collect(Collectors.toMap(ValueRow::definitionId, Function.identity()));
        return definitions.stream().map(d -> new CatalogRow(d, byDefinition.get(d.id()))).toList();
    }

    private void common(Model model, CurrentUser user, OrgUnit org, int year) {
        model.addAttribute("org", org);
        model.addAttribute("year", year);
        List<Integer> years = new ArrayList<>(values.years());
        if (!years.contains(year)) {
            years.add(0, year);
        }
        model.addAttribute("years", years);
        model.addAttribute("orgs", directory.switchable(user.scope(), 200));
    }

    private String chart(List<String> labels, List<BigDecimal> data, Definition d, Locale locale,
            List<TargetLines.TargetLine> targets) {
        List<Map<String, Object>> lines = targets.stream().map(t -> Map.<String, Object>of("value", t.value(),
                "label", t.comparator().replace(">=", "≥").replace("<=", "≤") + " " + t.value().toPlainString()
                        + (t.year() == null ? "" : " (" + t.year() + ")"))).toList();
        return json.writeValueAsString(Map.of("labels", labels, "values", data, "name", d.name(locale),
                "unit", messages.getMessage("indicator.unit." + d.unit(), null, locale), "targets", lines));
    }
}
