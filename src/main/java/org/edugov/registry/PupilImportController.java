package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.edugov.dict.Dictionaries;
import org.edugov.org.CurrentUser;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetReader;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Pupil import pages: templates, upload, progress while it runs, result and the error workbook. */
@Controller
class PupilImportController {

    private final PupilImportJobs jobs;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final DataSize maxUpload;

    PupilImportController(PupilImportJobs jobs, Dictionaries dictionaries, MessageSource messages,
            @Value("${edugov.import.max-bytes:200MB}") DataSize maxUpload) {
        this.jobs = jobs;
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.maxUpload = maxUpload;
    }

    @GetMapping("/registry/pupils/import")
    @PreAuthorize("hasAuthority('registry:pupil:import')")
    String page(Model model) {
        addLimits(model);
        return "registry/pupil-import";
    }

    @GetMapping("/registry/pupils/import/template")
    @PreAuthorize("hasAuthority('registry:pupil:import')")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        XlsxDownload.start(response, "pupil-import-template.xlsx");
        SheetWriter.template(response.getOutputStream(), msg("nav.pupils", locale),
                PupilImportColumns.columns(dictionaries), locale);
    }

    @GetMapping("/registry/pupils/import/template.csv")
    @PreAuthorize("hasAuthority('registry:pupil:import')")
    void csvTemplate(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("pupil-import-template.csv").build().toString());
        boolean zh = "zh".equals(locale.getLanguage());
        String header = PupilImportColumns.columns(dictionaries).stream()
                .map(c -> zh ? c.headerZh() : c.headerEn()).collect(Collectors.joining(","));
        response.getOutputStream().write(("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/registry/pupils/import")
    @PreAuthorize("hasAuthority('registry:pupil:import')")
    String upload(CurrentUser user, HttpSession session, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw UserError.invalid("import.file.empty");
        }
        try (InputStream in = file.getInputStream()) {
            return "redirect:/registry/pupils/import/jobs/" + jobs.start(user, session.getId(), in).getId();
        }
    }

    @GetMapping("/registry/pupils/import/jobs/{jobId}")
    @PreAuthorize("hasAuthority('registry:pupil:import')")
    String job(CurrentUser user, HttpSession session, @PathVariable String jobId, Model model) {
        model.addAttribute("job", find(user, session, jobId));
        addLimits(model);
        return "registry/pupil-import";
    }

    @GetMapping("/registry/pupils/import/jobs/{jobId}/progress")
    @PreAuthorize("hasAuthority('registry:pupil:import')")
    String progress(CurrentUser user, HttpSession session, @PathVariable String jobId, Model model) {
        model.addAttribute("job", find(user, session, jobId));
        return "registry/pupil-import :: job";
    }

    @GetMapping("/registry/pupils/import/jobs/{jobId}/errors")
    @PreAuthorize("hasAuthority('registry:pupil:import')")
    void errors(CurrentUser user, HttpSession session, @PathVariable String jobId, Locale locale,
            HttpServletResponse response) throws IOException {
        PupilImportJob job = find(user, session, jobId);
        if (job.getErrors().isEmpty() || !Files.exists(job.file)) {
            throw UserError.notFound("import.errors.none");
        }
        Map<Integer, String> byRow = job.getErrors().stream().collect(Collectors.groupingBy(RowError::rowNumber,
                Collectors.mapping(e -> describe(e, locale), Collectors.joining("；"))));
        List<SheetColumn> columns = PupilImportColumns.columns(dictionaries);
        XlsxDownload.start(response, "pupil-import-errors.xlsx");
        SheetWriter.errors(response.getOutputStream(), msg("nav.pupils", locale), columns, locale,
                msg("import.errorColumn", locale), rows -> {
                    try (InputStream in = Files.newInputStream(job.file)) {
                        SheetReader.readAny(in, columns, PupilImportService.MAX_ROWS, rows);
                    } catch (IOException e) {
                        throw new UserError(UserError.Kind.INVALID, "import.file.unreadable");
                    }
                }, byRow::get);
    }

    private String describe(RowError e, Locale locale) {
        return messages.getMessage("import.cellError", new Object[] {
            msg("import.column.pupil." + e.column(), locale),
            messages.getMessage(e.messageKey(), e.args().toArray(), locale)}, locale);
    }

    private PupilImportJob find(CurrentUser user, HttpSession session, String jobId) {
        return jobs.find(user, session.getId(), jobId).orElseThrow(() -> UserError.notFound("import.job.notFound"));
    }

    /** The upload limit, so the file input can refuse an over-large file before sending it. */
    private void addLimits(Model model) {
        model.addAttribute("maxUploadBytes", maxUpload.toBytes());
        model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
        model.addAttribute("listedErrors", PupilImportService.MAX_LISTED_ERRORS);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
