package org.edugov.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Reporting periods as people read them: 2026Q3 → 2026年第3季度 / Q3 2026. */
@Component
class PeriodTexts {

    private final MessageSource messages;

    PeriodTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(ReportPeriod period, Locale locale) {
        return messages.getMessage("plan.period." + period.every().name(),
                new Object[] {String.valueOf(period.year()), period.index()}, locale);
    }

    /** Stored period labels of a plan's cycle → their text; a label of another cycle is shown as stored. */
    Map<String, String> texts(ReportPeriod.Every every, Collection<String> labels, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String label : labels) {
            if (label != null) {
                out.put(label, ReportPeriod.parse(every, label).map(p -> text(p, locale)).orElse(label));
            }
        }
        return out;
    }
}
