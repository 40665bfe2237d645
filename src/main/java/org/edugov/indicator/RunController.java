package org.edugov.indicator;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.org.ImportError;
import org.edugov.shared.SchoolYear;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetReader;
import org.edugov.spreadsheet.SheetRow;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Runs of the catalog: the list, starting a full recompute, its progress (polled by htmx), and the import of
 * earlier years' published values.
 */
@Controller
class RunController {

    private final IndicatorRuns indicatorRuns;
    private final RunLog runs;
    private final StaleMarks stale;
    private final Clock clock;
    private final IndicatorHistory history;

    RunController(IndicatorRuns indicatorRuns, RunLog runs, StaleMarks stale, Clock clock, IndicatorHistory history) {
        this.history = history;
        this.indicatorRuns = indicatorRuns;
        this.runs = runs;
        this.stale = stale;
        this.clock = clock;
    }

    @GetMapping("/indicators/runs")
    @PreAuthorize("hasAuthority('indicator:run')")
    String list(Model model) {
        SchoolYear year = SchoolYear.containing(LocalDate.now(clock));
        model.addAttribute("runs", runs.recent(20));
        model.addAttribute("year", year);
        model.addAttribute("asOf", year.referenceDate());
        model.addAttribute("stale", stale.count());
        return "indicator/runs";
    }

    @PostMapping("/indicators/runs")
    @PreAuthorize("hasAuthority('indicator:run')")
    String start(CurrentUser user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        SchoolYear year = SchoolYear.containing(LocalDate.now(clock));
        long id = indicatorRuns.start(user.username(), year.startYear(), asOf == null ? year.referenceDate() : asOf);
        return "redirect:/indicators/runs/" + id;
    }

    @GetMapping("/indicators/history/template")
    @PreAuthorize("hasAuthority('indicator:run')")
    void historyTemplate(Locale locale, HttpServletResponse response) throws IOException {
        XlsxDownload.start(response, "indicator-history.xlsx");
        SheetWriter.template(response.getOutputStream(), "history", IndicatorHistory.COLUMNS, locale);
    }

    @PostMapping("/indicators/history")
    @PreAuthorize("hasAuthority('indicator:run')")
    String importHistory(CurrentUser user, @RequestParam MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            SheetReader.readAny(in, IndicatorHistory.COLUMNS, IndicatorHistory.MAX_ROWS, rows::add);
            List<ImportError> errors = new ArrayList<>();
            List<HistoryRow> parsed = IndicatorHistory.parse(rows, errors);
            if (errors.isEmpty()) {
                errors = history.importRows(user, parsed);
            }
            if (errors.isEmpty()) {
                model.addAttribute("noticeKey", "indicator.history.imported");
            } else {
                response.setStatus(422);
                model.addAttribute("importErrors", errors);
            }
        } catch (UserError e) {
            FormErrors.show(model, response, e);
        }
        return list(model);
    }

    @GetMapping("/indicators/runs/{id}")
    @PreAuthorize("hasAuthority('indicator:run')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.find(id).orElseThrow(() -> UserError.notFound("indicator.run.notFound", id)));
        return "indicator/run";
    }

    @GetMapping("/indicators/runs/{id}/progress")
    @PreAuthorize("hasAuthority('indicator:run')")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.find(id).orElseThrow(() -> UserError.notFound("indicator.run.notFound", id)));
        return "indicator/run :: progress";
    }
}
