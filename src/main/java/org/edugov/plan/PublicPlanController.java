package org.edugov.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edugov.shared.UserError;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public progress report of published plans, without signing in: the list, a plan's page and its PDF. An
 * unpublished plan, a missing one and an id that is no number get the same plain 404 page.
 */
@Controller
class PublicPlanController {

    private final PublicReports reports;
    private final PlanPdf pdf;
    private final MessageSource messages;
    private final JsonMapper json;

    PublicPlanController(PublicReports reports, PlanPdf pdf, MessageSource messages, JsonMapper json) {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/public/plans")
    @PreAuthorize("permitAll()")
    String list(Model model) {
        model.addAttribute("plans", reports.published());
        return "public/plans";
    }

    @GetMapping("/public/plans/{id}")
    @PreAuthorize("permitAll()")
    String show(@PathVariable long id, Locale locale, Model model) {
        PublicReports.Report report = report(id, locale);
        model.addAttribute("report", report);
        model.addAttribute("chart", chart(report.bars(), locale));
        return "public/plan";
    }

    @GetMapping("/public/plans/{id}.pdf")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        PublicReports.Report report = report(id, locale);
        byte[] body = pdf.render(report, locale);
        String name = messages.getMessage("plan.public.pdf.file", new Object[] {fileName(report.plan().title())},
                locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @ExceptionHandler({UserError.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND, "plan.public.notFound");
    }

    @ExceptionHandler(PlanPdf.FontMissing.class)
    ModelAndView pdfUnavailable() {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "plan.public.pdf.unavailable");
    }

    private PublicReports.Report report(long id, Locale locale) {
        return reports.report(id, locale).orElseThrow(() -> UserError.notFound("plan.public.notFound"));
    }

    private static ModelAndView error(HttpStatus status, String messageKey) {
        ModelAndView mav = new ModelAndView("public/error");
        mav.setStatus(status);
        mav.addObject("messageKey", messageKey);
        return mav;
    }

    /** The chart's data for public-report.js: labels, live values, target values and the series names. */
    private String chart(List<PublicReports.Bar> bars, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", bars.stream().map(PublicReports.Bar::label).toList());
        data.put("current", bars.stream().map(b -> b.current().setScale(2, RoundingMode.HALF_UP)).toList());
        data.put("target", bars.stream().map(PublicReports.Bar::target).map(BigDecimal::stripTrailingZeros).toList());
        data.put("currentName", messages.getMessage("plan.target.current", null, locale));
        data.put("targetName", messages.getMessage("plan.target.value", null, locale));
        return json.writeValueAsString(data);
    }

    /** The plan title without the characters file systems refuse. */
    private static String fileName(String title) {
        return title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
    }
}
