package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SchoolYear;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Facilities and finance of the schools in scope for one school year: list with the org filter and a
 * "not reported" filter, Excel export of the current filter, and the import with its template and error workbook.
 */
@Controller
class FacilitiesController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 100_000;
    static final InlineImport INLINE = new InlineImport("facilities", SchoolYearFactsImport.COLUMNS,
            SchoolYearFactsImport.MAX_ROWS, "school.fact.", "nav.facilities");

    private final SchoolYearFactsRepository facts;
    private final SchoolYearFactsImport importer;
    private final SchoolQueries schools;
    private final OrgDirectory directory;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    FacilitiesController(SchoolYearFactsRepository facts, SchoolYearFactsImport importer, SchoolQueries schools,
            OrgDirectory directory, Dictionaries dictionaries, MessageSource messages, AuditLog audit,
            TransactionTemplate tx, Clock clock) {
        this.facts = facts;
        this.schools = schools;
        this.audit = audit;
        this.tx = tx;
        this.importer = importer;
        this.directory = directory;
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/registry/facilities")
    @PreAuthorize("hasAuthority('registry:school:read')")
    String list(CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean missing,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(page, 0);
        SchoolYear y = year(year);
        OrgPath within = OrgFilter.within(directory, user, orgId);
        List<FacilitiesRow> found = facts.search(user.scope(), within, y.startYear(), missing, PAGE_SIZE + 1,
                p * PAGE_SIZE);
        model.addAttribute("rows", found.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("orgId", orgId);
        model.addAttribute("year", y);
        model.addAttribute("missing", missing);
        model.addAttribute("years", YearChoices.offered(LocalDate.now(clock), y));
        model.addAttribute("facts", SchoolFact.listed());
        model.addAttribute("orgs", OrgFilter.choices(directory, user, orgId));
        return "registry/facilities";
    }

    @GetMapping("/registry/facilities/export")
    @PreAuthorize("hasAuthority('registry:school:read')")
    void export(CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean missing,
            Locale locale, HttpServletResponse response) throws IOException {
        SchoolYear y = year(year);
        List<FacilitiesRow> rows = facts.search(user.scope(), OrgFilter.within(directory, user, orgId), y.startYear(),
                missing, EXPORT_LIMIT, 0);
        List<String> headers = new ArrayList<>(Stream.of("org.unit.name", "org.unit.code", "org.unit.schoolType",
                "facts.year", "facts.reported").map(k -> msg(k, locale)).toList());
        Stream.of(SchoolFact.values()).forEach(f -> headers.add(msg("school.fact." + f.column(), locale)));
        XlsxDownload.start(response, "facilities-" + y.label() + ".xlsx");
        SheetWriter.table(response.getOutputStream(), msg("nav.facilities", locale), headers,
                out -> rows.forEach(r -> out.accept(cells(r, y, locale))));
    }

    @GetMapping("/registry/facilities/import/template")
    @PreAuthorize("hasAuthority('registry:school:write')")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        XlsxDownload.start(response, "facilities-template.xlsx");
        SheetWriter.template(response.getOutputStream(), msg("nav.facilities", locale), SchoolYearFactsImport.COLUMNS,
                locale);
    }

    @PostMapping("/registry/facilities/import")
    @PreAuthorize("hasAuthority('registry:school:write')")
    String importFile(CurrentUser user, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response, HttpSession session) throws IOException {
        INLINE.run(file, rows -> importer.importRows(user, rows, LocalDate.now(clock)), "facts.import.ok", model,
                response, session);
        return list(user, null, null, false, 0, model);
    }

    @GetMapping("/registry/facilities/import/errors")
    @PreAuthorize("hasAuthority('registry:school:write')")
    void importErrors(HttpSession session, Locale locale, HttpServletResponse response) throws IOException {
        INLINE.errorWorkbook(session, messages, locale, response);
    }

    @GetMapping("/registry/schools/{id}/facts/{year}/edit")
    @PreAuthorize("hasAuthority('registry:school:write')")
    String editForm(CurrentUser user, @PathVariable long id, @PathVariable int year, Model model) {
        OrgUnit school = OrgFilter.school(directory, user, id);
        SchoolYear y = SchoolYearFactsRules.year(year, LocalDate.now(clock));
        requireProfile(school);
        return form(model, school, y, facts.find(id, y.startYear()).orElse(new SchoolYearFacts(y.startYear(), Map.of()))
                .formValues());
    }

    @PostMapping("/registry/schools/{id}/facts/{year}")
    @PreAuthorize("hasAuthority('registry:school:write')")
    String save(CurrentUser user, @PathVariable long id, @PathVariable int year,
            @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        OrgUnit school = OrgFilter.school(directory, user, id);
        SchoolYear y = SchoolYearFactsRules.year(year, LocalDate.now(clock));
        requireProfile(school);
        List<RowError> problems = new ArrayList<>();
        Map<SchoolFact, Object> values = SchoolYearFactsRules.values(0, f -> form.get(f.column()), problems);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", problems);
            return form(model, school, y, form);
        }
        SchoolYearFacts after = new SchoolYearFacts(y.startYear(), values);
        tx.executeWithoutResult(status -> {
            Optional<SchoolYearFacts> before = facts.find(id, y.startYear());
            facts.save(id, school.countyCode(), after);
            audit.changed(user.actor(), before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                    "SchoolYearFacts", SchoolYearFactsRepository.key(id, y.startYear()), school.path(),
                    FieldChange.diff(before.map(SchoolYearFacts::snapshot).orElse(Map.of()), after.snapshot()));
        });
        redirect.addFlashAttribute("noticeKey", "facts.saved");
        return "redirect:/registry/schools/" + id;
    }

    private List<String> cells(FacilitiesRow r, SchoolYear year, Locale locale) {
        List<String> cells = new ArrayList<>(List.of(r.name(), r.code(),
                dictionaries.label(DictType.SCHOOL_TYPE, r.schoolType(), locale), year.label(),
                msg(r.reported() ? "common.yes" : "common.no", locale)));
        for (SchoolFact f : SchoolFact.values()) {
            Object v = r.reported() ? r.facts().get(f) : null;
            cells.add(v == null ? "" : v instanceof Boolean b ? msg(b ? "common.yes" : "common.no", locale)
                    : r.facts().number(f));
        }
        return cells;
    }

    private SchoolYear year(Integer year) {
        LocalDate today = LocalDate.now(clock);
        return year == null ? SchoolYear.containing(today) : SchoolYearFactsRules.year(year, today);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String form(Model model, OrgUnit school, SchoolYear year, Map<String, String> values) {
        model.addAttribute("school", school);
        model.addAttribute("year", year);
        model.addAttribute("form", values);
        model.addAttribute("groups", SchoolFact.byGroup());
        return "registry/school-facts-form";
    }

    /** Facts hang on the school's registry profile (办别, 学段), which must be kept first. */
    private void requireProfile(OrgUnit school) {
        if (schools.profile(school.id()).isEmpty()) {
            throw UserError.conflict("facts.school.noProfile", school.code());
        }
    }
}
