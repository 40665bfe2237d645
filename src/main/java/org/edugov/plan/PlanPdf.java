package org.edugov.plan;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.edugov.indicator.ValueFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public report as a printable PDF: the Thymeleaf template {@code public/report-pdf} rendered to XHTML, then
 * to A4 pages by openhtmltopdf. openhtmltopdf embeds only TrueType CJK fonts (CFF ones such as Noto CJK are
 * refused), so the font is Debian's WenQuanYi Zen Hei collection by default ({@code edugov.plans.pdf-font}). Without
 * the font the Chinese text would come out blank, so a missing font refuses the PDF instead.
 */
@Component
class PlanPdf {

    /** The font is missing: the report cannot be printed until it is installed. */
    static class FontMissing extends RuntimeException {
        FontMissing(Path font) {
            super("PDF font missing: " + font);
        }
    }

    static final String FONT_FAMILY = "report-cjk";

    private static final Logger log = LoggerFactory.getLogger(PlanPdf.class);

    private final ITemplateEngine templates;
    private final ValueFormat format;
    private final Path font;

    PlanPdf(ITemplateEngine templates, ValueFormat format,
            @Value("${edugov.plans.pdf-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") Path font) {
        this.templates = templates;
        this.format = format;
        this.font = font;
    }

    byte[] render(PublicReports.Report report, Locale locale) {
        if (!Files.isReadable(font)) {
            log.error("Cannot print plan {}: the PDF font {} is missing or unreadable. Install fonts-wqy-zenhei or "
                    + "set edugov.plans.pdf-font to a TrueType CJK font (.ttf/.ttc).", report.plan().id(), font);
            throw new FontMissing(font);
        }
        String xhtml = templates.process("public/report-pdf",
                new Context(locale, Map.of("report", report, "format", format, "fontFamily", FONT_FAMILY)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null)
                .toStream(out).buildPdfRenderer()) {
            renderer.getFontResolver().addFontCollection(font.toFile(), FONT_FAMILY, 400, IdentValue.NORMAL, true);
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
