package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.edugov.org.FormErrors;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetReader;
import org.edugov.spreadsheet.SheetRow;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The small imports offered on list pages (teachers, population): read the whole file, hand the rows to
 * the importer, and put either the success notice or the row errors (with a 422) on the page's model.
 */
final class InlineImport {

    private InlineImport() {
    }

    static void run(MultipartFile file, List<SheetColumn> columns, int maxRows,
            Function<List<SheetRow>, List<RowError>> importer, String noticeKey, Model model,
            HttpServletResponse response) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            SheetReader.readAny(in, columns, maxRows, rows::add);
            List<RowError> errors = importer.apply(rows);
            if (errors.isEmpty()) {
                model.addAttribute("noticeKey", noticeKey);
            } else {
                response.setStatus(422);
                model.addAttribute("importErrors", errors);
            }
        } catch (UserError e) {
            FormErrors.show(model, response, e);
        }
    }
}
