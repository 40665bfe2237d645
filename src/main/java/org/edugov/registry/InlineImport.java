package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edugov.org.FormErrors;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetReader;
import org.edugov.spreadsheet.SheetRow;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The small imports offered on list pages (teachers, population, facilities): read the whole file, hand the
 * rows to the importer, and put either the success notice or the row errors (with a 422) on the page's model.
 * A refused file stays in the session until the next upload of the same kind, for its error workbook (the
 * uploaded rows plus a 错误说明 column).
 *
 * @param name names the import in the session key and the error workbook's file name
 * @param columnPrefix message-key prefix of the column names ({@code import.column.teacher.})
 * @param titleKey message key of the error workbook's sheet name
 */
record InlineImport(String name, List<SheetColumn> columns, int maxRows, String columnPrefix, String titleKey) {

    /** What the error workbook needs, kept in the session between the upload and the download. */
    private record Refused(List<SheetRow> rows, List<RowError> errors) {
    }

    void run(MultipartFile file, Function<List<SheetRow>, List<RowError>> importer, String noticeKey, Model model,
            HttpServletResponse response, HttpSession session) throws IOException {
        session.removeAttribute(sessionKey());
        List<SheetRow> rows = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            SheetReader.readAny(in, columns, maxRows, rows::add);
            List<RowError> errors = importer.apply(rows);
            if (errors.isEmpty()) {
                model.addAttribute("noticeKey", noticeKey);
            } else {
                response.setStatus(422);
                model.addAttribute("importErrors", errors);
                session.setAttribute(sessionKey(), new Refused(List.copyOf(rows), errors));
            }
        } catch (UserError e) {
            FormErrors.show(model, response, e);
        }
    }

    /** The last refused file of this kind in the session, with the reasons beside each refused row. */
    void errorWorkbook(HttpSession session, MessageSource messages, Locale locale, HttpServletResponse response)
            throws IOException {
        if (!(session.getAttribute(sessionKey()) instanceof Refused refused)) {
            throw UserError.notFound("import.errors.none");
        }
        Map<Integer, String> byRow = refused.errors().stream().collect(Collectors.groupingBy(RowError::rowNumber,
                Collectors.mapping(e -> describe(e, messages, locale), Collectors.joining("；"))));
        XlsxDownload.start(response, name + "-import-errors.xlsx");
        SheetWriter.errors(response.getOutputStream(), messages.getMessage(titleKey, null, locale), columns, locale,
                messages.getMessage("import.errorColumn", null, locale), refused.rows()::forEach, byRow::get);
    }

    private String describe(RowError e, MessageSource messages, Locale locale) {
        String column = e.column().isEmpty() ? "" : messages.getMessage(columnPrefix + e.column(), null, locale);
        return messages.getMessage("import.cellError", new Object[] {column,
            messages.getMessage(e.messageKey(), e.args().toArray(), locale)}, locale);
    }

    private String sessionKey() {
        return "edugov.import." + name + ".refused";
    }
}
