package org.edugov.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people and Excel write them: 2018-03-19, 2018/3/19, 2018.3.19, 20180319, 2018年3月19日, and
 * Excel's own day number (43178) when a date cell lost its date format.
 */
final class ImportDates {

    private static final Pattern SEPARATED = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("^(\\d{5})(\\.0+)?$");
    // Excel counts days from 1900-01-00 and wrongly treats 1900 as a leap year, so from March 1900 on day n
    // is 1899-12-30 plus n; five-digit numbers are 1927 to 2173.
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private ImportDates() {
    }

    static Optional<LocalDate> parse(String raw) {
        String s = raw.strip();
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        Matcher serial = EXCEL_SERIAL.matcher(s);
        if (serial.matches()) {
            return Optional.of(EXCEL_EPOCH.plusDays(Integer.parseInt(serial.group(1))));
        }
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
