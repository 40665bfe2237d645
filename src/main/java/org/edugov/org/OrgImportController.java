package org.edugov.org;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetReader;
import org.edugov.spreadsheet.SheetRow;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Org tree import from Excel: template download, upload, all-or-nothing result with row-level errors,
 * and the error workbook (uploaded rows plus a 错误说明 column) for the last failed upload.
 */
@Controller
class OrgImportController {

    static final int MAX_ROWS = 100_000;
    private static final String SESSION_KEY = "edugov.orgImport.failed";

    private final OrgTreeImport importer;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final Clock clock;

    OrgImportController(OrgTreeImport importer, Dictionaries dictionaries, MessageSource messages, Clock clock) {
        this.importer = importer;
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/org/units/import")
    @PreAuthorize("hasAuthority('org:unit:import')")
    String page() {
        return "org/import";
    }

    @GetMapping("/org/units/import/template")
    @PreAuthorize("hasAuthority('org:unit:import')")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        XlsxDownload.start(response, "org-units-template.xlsx");
        SheetWriter.template(response.getOutputStream(), sheetName(locale), columns(locale), locale);
    }

    @PostMapping("/org/units/import")
    @PreAuthorize("hasAuthority('org:unit:import')")
    String upload(CurrentUser user, @RequestParam("file") MultipartFile file, Locale locale, Model model,
            HttpSession session, HttpServletResponse response) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        List<OrgImportRow> importRows = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            SheetReader.read(in, columns(locale), MAX_ROWS, row -> {
                rows.add(row);
                importRows.add(new OrgImportRow(row.rowNumber(), row.cell(0), row.cell(1), row.cell(2), row.cell(3),
                        row.cell(4)));
            });
        } catch (UserError e) {
            FormErrors.show(model, response, e);
            return "org/import";
        }
        ImportResult result = importer.importRows(user, importRows, LocalDate.now(clock));
        model.addAttribute("result", result);
        if (!result.ok()) {
            response.setStatus(422);
            session.setAttribute(SESSION_KEY, new FailedImport(rows, result.errors()));
        } else {
            session.removeAttribute(SESSION_KEY);
        }
        return "org/import";
    }

    @GetMapping("/org/units/import/errors")
    @PreAuthorize("hasAuthority('org:unit:import')")
    void errors(HttpSession session, HttpServletResponse response, Locale locale) throws IOException {
        if (!(session.getAttribute(SESSION_KEY) instanceof FailedImport failed)) {
            throw UserError.notFound("import.errors.none");
        }
        Map<Integer, String> byRow = failed.errors().stream().collect(Collectors.groupingBy(ImportError::rowNumber,
                Collectors.mapping(e -> describe(e, locale), Collectors.joining("；"))));
        XlsxDownload.start(response, "org-units-errors.xlsx");
        SheetWriter.errors(response.getOutputStream(), sheetName(locale), columns(locale), locale,
                messages.getMessage("import.errorColumn", null, locale), failed.rows()::forEach, byRow::get);
    }

    String describe(ImportError e, Locale locale) {
        String column = e.column().isEmpty() ? "" : messages.getMessage("import.column." + e.column(), null, locale);
        return messages.getMessage("import.cellError", new Object[] {column,
                messages.getMessage(e.messageKey(), e.args().toArray(), locale)}, locale);
    }

    private List<SheetColumn> columns(Locale locale) {
        List<String> types = dictionaries.dropDownValues(DictType.SCHOOL_TYPE);
        return List.of(
                new SheetColumn("kind", "类型", "Kind", msg("import.note.kind", locale), true,
                        List.of("市", "县/区", "乡镇/街道", "学校", "教学点", "部门")),
                new SheetColumn("code", "代码", "Code", msg("import.note.code", locale), true, List.of()),
                new SheetColumn("name", "名称", "Name", msg("import.note.name", locale), true, List.of()),
                new SheetColumn("parentCode", "上级代码", "Parent code", msg("import.note.parentCode", locale), false,
                        List.of()),
                new SheetColumn("schoolType", "学校类别", "School type", msg("import.note.schoolType", locale), false,
                        types));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String sheetName(Locale locale) {
        return msg("import.sheet.orgUnits", locale);
    }

    /** What the error workbook needs, kept in the session between the upload and the download. */
    record FailedImport(List<SheetRow> rows, List<ImportError> errors) {
    }
}
