package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.OrgPath;
import org.edugov.shared.SchoolYear;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Classes of a school year in the user's scope with their sizes counted from pupils: org, year, grade and
 * class-size band filters, the number of classes per band, a pager and the Excel export of the current filter.
 */
@Controller
class ClassController {

    private final ClassQueries classes;
    private final OrgDirectory directory;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final Clock clock;

    ClassController(ClassQueries classes, OrgDirectory directory, Dictionaries dictionaries, MessageSource messages,
            Clock clock) {
        this.classes = classes;
        this.directory = directory;
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/registry/classes")
    @PreAuthorize("hasAuthority('registry:school:read')")
    String list(CurrentUser user, ClassFilter filter, Model model) {
        SchoolYear year = year(filter);
        OrgPath within = OrgFilter.within(directory, user, filter.orgId());
        List<ClassSize> found = classes.search(user.scope(), within, year.startYear(), filter);
        model.addAttribute("filter", filter);
        model.addAttribute("classes", found.stream().limit(ClassFilter.PAGE_SIZE).toList());
        model.addAttribute("hasNext", found.size() > ClassFilter.PAGE_SIZE);
        model.addAttribute("page", filter.pageOrZero());
        model.addAttribute("year", year);
        model.addAttribute("years", YearChoices.offered(LocalDate.now(clock), year));
        model.addAttribute("bands", classes.bands(user.scope(), within, year.startYear(), filter));
        model.addAttribute("orgs", OrgFilter.choices(directory, user, filter.orgId()));
        return "registry/classes";
    }

    @GetMapping("/registry/classes/export")
    @PreAuthorize("hasAuthority('registry:school:read')")
    void export(CurrentUser user, ClassFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        SchoolYear year = year(filter);
        OrgPath within = OrgFilter.within(directory, user, filter.orgId());
        XlsxDownload.start(response, "classes-" + year.label() + ".xlsx");
        SheetWriter.table(response.getOutputStream(), msg("nav.classes", locale), List.of("pupil.school",
                "org.unit.code", "facts.year", "pupil.grade", "pupil.class", "school.classSize", "class.band",
                "school.multigrade", "class.special").stream().map(k -> msg(k, locale)).toList(),
                out -> classes.forEach(user.scope(), within, year.startYear(), filter, c -> out.accept(List.of(
                        c.schoolName(), c.schoolCode(), year.label(),
                        dictionaries.label(DictType.GRADE, c.grade(), locale), c.name(), String.valueOf(c.pupils()),
                        msg("class.band." + c.band().name(), locale), yesNo(c.multigrade(), locale),
                        yesNo(c.special(), locale)))));
    }

    private SchoolYear year(ClassFilter filter) {
        return filter.year() == null ? SchoolYear.containing(LocalDate.now(clock)) : SchoolYear.of(filter.year());
    }

    private String yesNo(boolean value, Locale locale) {
        return value ? msg("common.yes", locale) : "";
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
