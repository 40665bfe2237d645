package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SchoolYear;
import org.edugov.shared.Stage;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** School list and school page: profile, this year's facilities and classes with their counted sizes. */
@Controller
class SchoolController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 100_000;
    private static final int FACT_YEARS_SHOWN = 5;

    private final SchoolQueries schools;
    private final ClassQueries classQueries;
    private final SchoolYearFactsRepository facts;
    private final OrgDirectory directory;
    private final Dictionaries dictionaries;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MessageSource messages;

    SchoolController(SchoolQueries schools, ClassQueries classQueries, SchoolYearFactsRepository facts,
            OrgDirectory directory, Dictionaries dictionaries, AuditLog audit, TransactionTemplate tx, Clock clock,
            MessageSource messages) {
        this.classQueries = classQueries;
        this.facts = facts;
        this.messages = messages;
        this.schools = schools;
        this.directory = directory;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping("/registry/schools")
    @PreAuthorize("hasAuthority('registry:school:read')")
    String list(CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(page, 0);
        OrgPath within = OrgFilter.within(directory, user, orgId);
        List<SchoolRow> found = schools.search(user.scope(), within, q, PAGE_SIZE + 1, p * PAGE_SIZE);
        model.addAttribute("schools", found.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("q", q);
        model.addAttribute("orgId", orgId);
        model.addAttribute("orgs", directory.switchable(user.scope(), 200));
        return "registry/schools";
    }

    @GetMapping("/registry/schools/export")
    @PreAuthorize("hasAuthority('registry:school:read')")
    void export(CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(defaultValue = "") String q, Locale locale, HttpServletResponse response) throws IOException {
        OrgPath within = OrgFilter.within(directory, user, orgId);
        List<SchoolRow> rows = schools.search(user.scope(), within, q, EXPORT_LIMIT, 0);
        XlsxDownload.start(response, "schools.xlsx");
        SheetWriter.table(response.getOutputStream(), msg("nav.schools", locale), Stream.of("org.unit.name",
                "org.unit.code", "org.unit.schoolType", "school.ownership", "school.urbanRural", "school.pupils",
                "school.teachers").map(k -> msg(k, locale)).toList(), out -> rows.forEach(s -> out.accept(List.of(
                s.name(), s.code(), dictionaries.label(DictType.SCHOOL_TYPE, s.schoolType(), locale),
                s.ownership() == null ? "" : dictionaries.label(DictType.SCHOOL_OWNERSHIP, s.ownership(), locale),
                s.urbanRural() == null ? "" : dictionaries.label(DictType.URBAN_RURAL, s.urbanRural(), locale),
                String.valueOf(s.pupils()), String.valueOf(s.teachers())))));
    }

    @GetMapping("/registry/schools/{id}")
    @PreAuthorize("hasAuthority('registry:school:read')")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        OrgUnit school = school(user, id);
        SchoolYear year = SchoolYear.containing(LocalDate.now(clock));
        List<ClassSize> classes = classQueries.ofSchool(user.scope(), id, year.startYear());
        model.addAttribute("school", school);
        model.addAttribute("profile", schools.profile(id).orElse(null));
        model.addAttribute("year", year);
        model.addAttribute("factYears", factYears(id, year));
        model.addAttribute("factGroups", SchoolFact.byGroup());
        model.addAttribute("classes", classes);
        model.addAttribute("largeClasses", classes.stream().filter(ClassSize::large).count());
        return "registry/school";
    }

    @GetMapping("/registry/schools/{id}/edit")
    @PreAuthorize("hasAuthority('registry:school:write')")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        OrgUnit school = school(user, id);
        SchoolProfileForm form = schools.profile(id).map(SchoolProfileForm::of)
                .orElse(new SchoolProfileForm("1", false, null, null, List.of(), false));
        return form(model, school, form);
    }

    @PostMapping("/registry/schools/{id}")
    @PreAuthorize("hasAuthority('registry:school:write')")
    String save(CurrentUser user, @PathVariable long id, SchoolProfileForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        OrgUnit school = school(user, id);
        try {
            SchoolProfile profile = SchoolProfileRules.check(form, LocalDate.now(clock),
                    code -> dictionaries.isValid(DictType.SCHOOL_OWNERSHIP, code),
                    code -> dictionaries.isValid(DictType.URBAN_RURAL, code));
            tx.executeWithoutResult(status -> {
                Map<String, Object> before = schools.profile(id).map(SchoolController::snapshot).orElse(Map.of());
                schools.saveProfile(id, school.countyCode(), profile, user.username());
                audit.changed(user.actor(), before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                        "SchoolProfile", id, school.path(), FieldChange.diff(before, snapshot(profile)));
            });
            redirect.addFlashAttribute("noticeKey", "school.saved");
            return "redirect:/registry/schools/" + id;
        } catch (UserError e) {
            FormErrors.show(model, response, e);
            return form(model, school, form);
        }
    }

    private String form(Model model, OrgUnit school, SchoolProfileForm form) {
        model.addAttribute("school", school);
        model.addAttribute("form", form);
        model.addAttribute("stages", Stage.values());
        return "registry/school-form";
    }

    /** The latest reported years, with an empty current year in front when it has not been reported yet. */
    private List<SchoolYearFacts> factYears(long schoolId, SchoolYear current) {
        List<SchoolYearFacts> years = new ArrayList<>(facts.ofSchool(schoolId));
        if (years.stream().noneMatch(f -> f.schoolYear() == current.startYear())) {
            years.add(new SchoolYearFacts(current.startYear(), Map.of()));
        }
        years.sort(Comparator.comparingInt(SchoolYearFacts::schoolYear).reversed());
        return years.subList(0, Math.min(FACT_YEARS_SHOWN, years.size()));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private OrgUnit school(CurrentUser user, long id) {
        return OrgFilter.school(directory, user, id);
    }

    private static Map<String, Object> snapshot(SchoolProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ownership", p.ownership());
        m.put("inclusivePrivate", p.inclusivePrivate());
        m.put("inclusiveSince", p.inclusiveSince());
        m.put("urbanRural", p.urbanRural());
        m.put("stages", p.stages());
        m.put("boarding", p.boarding());
        return m;
    }
}
