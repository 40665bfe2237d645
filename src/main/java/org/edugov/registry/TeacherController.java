package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.edugov.audit.AuditLog;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.OrgPath;
import org.edugov.shared.Permissions;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Teacher list: org, name and staffing filters; identity numbers masked unless asked for and allowed. */
@Controller
class TeacherController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 100_000;

    private final TeacherQueries teachers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final TeacherImport importer;
    private final Clock clock;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final TeacherPostingService postings;
    private final SchoolQueries schools;

    TeacherController(TeacherQueries teachers, OrgDirectory directory, AuditLog audit, TeacherImport importer,
            Clock clock, Dictionaries dictionaries, MessageSource messages, TeacherPostingService postings,
            SchoolQueries schools) {
        this.postings = postings;
        this.schools = schools;
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.importer = importer;
        this.clock = clock;
        this.teachers = teachers;
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping("/registry/teachers/import/template")
    @PreAuthorize("hasAuthority('registry:teacher:write')")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        XlsxDownload.start(response, "teacher-template.xlsx");
        SheetWriter.template(response.getOutputStream(), "teachers", TeacherImport.COLUMNS, locale);
    }

    @PostMapping("/registry/teachers/import")
    @PreAuthorize("hasAuthority('registry:teacher:write')")
    String importFile(CurrentUser user, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response, HttpSession session) throws IOException {
        TeacherImport.INLINE.run(file, rows -> importer.importRows(user, rows, LocalDate.now(clock)),
                "teacher.import.ok", model, response, session);
        return list(user, null, "", "", false, 0, model);
    }

    @GetMapping("/registry/teachers/import/errors")
    @PreAuthorize("hasAuthority('registry:teacher:write')")
    void importErrors(HttpSession session, Locale locale, HttpServletResponse response) throws IOException {
        TeacherImport.INLINE.errorWorkbook(session, messages, locale, response);
    }

    @GetMapping("/registry/teachers/export")
    @PreAuthorize("hasAuthority('registry:teacher:read')")
    void export(CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String staffing,
            Locale locale, HttpServletResponse response) throws IOException {
        List<TeacherRow> rows = teachers.search(user.scope(), OrgFilter.within(directory, user, orgId), name, staffing,
                EXPORT_LIMIT, 0).stream().map(TeacherRow::masked).toList();
        XlsxDownload.start(response, "teachers.xlsx");
        SheetWriter.table(response.getOutputStream(), messages.getMessage("nav.teachers", null, locale),
                Stream.of("pupil.name", "pupil.idNumber", "pupil.school", "teacher.staffing", "teacher.education",
                        "teacher.title", "teacher.subject", "teacher.since")
                        .map(k -> messages.getMessage(k, null, locale)).toList(),
                out -> rows.forEach(t -> out.accept(Arrays.asList(t.name(), t.idNumber(), t.schoolName(),
                        dictionaries.label(DictType.STAFFING, t.staffing(), locale),
                        t.education() == null ? "" : dictionaries.label(DictType.EDUCATION, t.education(), locale),
                        t.title() == null ? "" : dictionaries.label(DictType.TEACHER_TITLE, t.title(), locale),
                        t.subject(), t.atSchoolSince() == null ? "" : t.atSchoolSince().toString()))));
    }

    @GetMapping("/registry/teachers/{id}")
    @PreAuthorize("hasAuthority('registry:teacher:read')")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        TeacherDetail teacher = find(user, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("teacher", teacher.masked());
        model.addAttribute("canUnmask", user.has(Permissions.REGISTRY_PUPIL_PII));
        model.addAttribute("yearsAtSchool", TeacherPostingRules.yearsAtSchool(teacher.atSchoolSince(), today));
        model.addAttribute("dueForRotation", TeacherPostingRules.dueForRotation(teacher.atSchoolSince(), today));
        model.addAttribute("rotationYears", TeacherPostingRules.ROTATION_YEARS);
        model.addAttribute("today", today);
        if (user.has(Permissions.REGISTRY_TEACHER_WRITE)) {
            model.addAttribute("schools", schools.search(user.scope(), null, null, 2_000, 0).stream()
                    .filter(s -> !Long.valueOf(s.id()).equals(teacher.schoolId())).toList());
        }
        return "registry/teacher";
    }

    @PostMapping("/registry/teachers/{id}/unmask")
    @PreAuthorize("hasAuthority('registry:pupil:pii')")
    String unmask(CurrentUser user, @PathVariable long id, Model model) {
        TeacherDetail teacher = find(user, id);
        audit.personalDataRead(user.actor(), "Teacher", id, teacher.schoolPath(), "id_number");
        model.addAttribute("teacher", teacher);
        return "registry/teacher :: identity";
    }

    @PostMapping("/registry/teachers/{id}/postings")
    @PreAuthorize("hasAuthority('registry:teacher:write')")
    String post(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long toSchoolId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            postings.post(user, id, toSchoolId, effectiveDate, LocalDate.now(clock));
            redirect.addFlashAttribute("noticeKey", "posting.recorded");
            return "redirect:/registry/teachers/" + id;
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            model.addAttribute("toSchoolId", toSchoolId);
            model.addAttribute("effectiveDate", effectiveDate);
            return show(user, id, model);
        }
    }

    @GetMapping("/registry/teachers")
    @PreAuthorize("hasAuthority('registry:teacher:read')")
    String list(CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String staffing,
            @RequestParam(defaultValue = "false") boolean unmasked, @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(page, 0);
        OrgPath within = OrgFilter.within(directory, user, orgId);
        boolean showAll = unmasked && user.has(Permissions.REGISTRY_PUPIL_PII);
        List<TeacherRow> found = teachers.search(user.scope(), within, name, staffing, PAGE_SIZE + 1, p * PAGE_SIZE);
        List<TeacherRow> rows = found.stream().limit(PAGE_SIZE).map(t -> showAll ? t : t.masked()).toList();
        if (showAll && !rows.isEmpty()) {
            audit.personalDataRead(user.actor(), "TeacherList", "page " + p, null,
                    "id_number of " + rows.size() + " teachers");
        }
        model.addAttribute("teachers", rows);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("orgId", orgId);
        model.addAttribute("name", name);
        model.addAttribute("staffing", staffing);
        model.addAttribute("unmasked", showAll);
        model.addAttribute("orgs", directory.switchable(user.scope(), 200));
        return "registry/teachers";
    }

    private TeacherDetail find(CurrentUser user, long id) {
        return teachers.find(user.scope(), id).orElseThrow(() -> UserError.notFound("teacher.notFound", id));
    }
}
