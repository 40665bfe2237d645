package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pupil list (search form, table, pager, export of the current filter) and the pupil page with its status
 * timeline. Identity numbers and addresses are masked unless the user holds registry:pupil:pii and asks
 * for them; every unmasked list, export or record is written to the audit log.
 */
@Controller
class PupilController {

    private final PupilQueries pupils;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final PupilStatusService statuses;
    private final Clock clock;

    PupilController(PupilQueries pupils, OrgDirectory directory, AuditLog audit, Dictionaries dictionaries,
            MessageSource messages, PupilStatusService statuses, Clock clock) {
        this.statuses = statuses;
        this.clock = clock;
        this.pupils = pupils;
        this.directory = directory;
        this.audit = audit;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    @GetMapping("/registry/pupils")
    @PreAuthorize("hasAuthority('registry:pupil:read')")
    String list(CurrentUser user, PupilFilter filter, Model model) {
        boolean unmasked = unmaskedAllowed(user, filter);
        List<PupilListRow> found = pupils.search(user.scope(), within(user, filter), filter);
        List<PupilListRow> page = found.stream().limit(PupilFilter.PAGE_SIZE)
                .map(r -> unmasked ? r : r.masked()).toList();
        if (unmasked && !page.isEmpty()) {
            audit.personalDataRead(user.actor(), "PupilList", "page " + filter.pageOrZero(), null,
                    "id_number, student_no of " + page.size() + " pupils: " + ids(page));
        }
        model.addAttribute("filter", filter);
        model.addAttribute("pupils", page);
        model.addAttribute("hasNext", found.size() > PupilFilter.PAGE_SIZE);
        model.addAttribute("page", filter.pageOrZero());
        model.addAttribute("unmasked", unmasked);
        model.addAttribute("orgs", directory.switchable(user.scope(), 200));
        return "registry/pupils";
    }

    @GetMapping("/registry/pupils/export")
    @PreAuthorize("hasAuthority('registry:pupil:read')")
    void export(CurrentUser user, PupilFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        boolean unmasked = unmaskedAllowed(user, filter);
        OrgPath within = within(user, filter);
        XlsxDownload.start(response, "pupils.xlsx");
        int[] count = {0};
        SheetWriter.table(response.getOutputStream(), msg("nav.pupils", locale), headers(locale), out ->
                pupils.forEach(user.scope(), within, filter, row -> {
                    count[0]++;
                    out.accept(cells(unmasked ? row : row.masked(), locale));
                }));
        if (unmasked) {
            audit.personalDataRead(user.actor(), "PupilExport", "export", null,
                    "id_number, student_no of " + count[0] + " pupils");
        }
    }

    @GetMapping("/registry/pupils/{id}")
    @PreAuthorize("hasAuthority('registry:pupil:read')")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        PupilDetail pupil = find(user, id);
        model.addAttribute("pupil", pupil.masked());
        model.addAttribute("canUnmask", user.has(Permissions.REGISTRY_PUPIL_PII));
        model.addAttribute("nextEvents", PupilStatusRules.allowed(PupilStatus.valueOf(pupil.status())));
        model.addAttribute("today", LocalDate.now(clock));
        return "registry/pupil";
    }

    @PostMapping("/registry/pupils/{id}/events")
    @PreAuthorize("hasAuthority('registry:pupil:write')")
    String recordEvent(CurrentUser user, @PathVariable long id, @RequestParam(required = false) PupilEventKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            statuses.record(user, id, kind, on, reason);
            redirect.addFlashAttribute("noticeKey", "pupil.event.recorded");
            return "redirect:/registry/pupils/" + id;
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            return show(user, id, model);
        }
    }

    @PostMapping("/registry/pupils/{id}/unmask")
    @PreAuthorize("hasAuthority('registry:pupil:pii')")
    String unmask(CurrentUser user, @PathVariable long id, Model model) {
        PupilDetail pupil = find(user, id);
        audit.personalDataRead(user.actor(), "Pupil", id, pupil.schoolPath(),
                "id_number, student_no, hukou_address");
        model.addAttribute("pupil", pupil);
        return "registry/pupil :: identity";
    }

    private PupilDetail find(CurrentUser user, long id) {
        return pupils.find(user.scope(), id).orElseThrow(() -> UserError.notFound("pupil.notFound", id));
    }

    private static boolean unmaskedAllowed(CurrentUser user, PupilFilter filter) {
        return filter.wantsUnmasked() && user.has(Permissions.REGISTRY_PUPIL_PII);
    }

    private OrgPath within(CurrentUser user, PupilFilter filter) {
        return OrgFilter.within(directory, user, filter.orgId());
    }

    private List<String> headers(Locale locale) {
        return List.of("pupil.school", "pupil.name", "pupil.studentNo", "pupil.idNumber", "pupil.sex",
                "pupil.birthDate", "pupil.grade", "pupil.class", "pupil.status", "pupil.migrant", "pupil.leftBehind",
                "pupil.disability").stream().map(k -> msg(k, locale)).toList();
    }

    private List<String> cells(PupilListRow r, Locale locale) {
        return List.of(r.schoolName(), r.name(), r.studentNo(), nz(r.idNumber()),
                dictionaries.label(DictType.GENDER, r.sex(), locale), r.birthDate().format(DateTimeFormatter.ISO_DATE),
                dictionaries.label(DictType.GRADE, r.grade(), locale), nz(r.className()),
                dictionaries.label(DictType.PUPIL_STATUS, r.status(), locale), yesNo(r.migrant(), locale),
                yesNo(r.leftBehind(), locale),
                r.disability() == null ? "" : dictionaries.label(DictType.DISABILITY, r.disability(), locale));
    }

    private String yesNo(boolean value, Locale locale) {
        return msg(value ? "common.yes" : "common.no", locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String ids(List<PupilListRow> rows) {
        return String.join(",", rows.stream().map(r -> String.valueOf(r.id())).toList());
    }
}
