package org.edugov.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.edugov.shared.IdNumber;

/**
 * Valid, unique GB 11643 identity numbers for generated people: region, birth date, a sequence per region and
 * date (odd for men, even for women) and the check digit. One counter per region and day, kept in arrays, so a
 * province's ten million pupils need a few megabytes.
 */
final class DemoIds {

    private static final long FIRST_DAY = LocalDate.of(1940, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_DAY);
    private static final int SEQUENCES = 499;

    private final Map<String, short[]> counters = new HashMap<>();

    String next(String region, LocalDate birth, boolean male) {
        short[] days = counters.computeIfAbsent(region, k -> new short[DAYS]);
        int day = (int) (birth.toEpochDay() - FIRST_DAY);
        int n = days[day]++;
        if (n >= SEQUENCES) {
            throw new IllegalStateException("more than " + SEQUENCES + " people born on " + birth + " in " + region);
        }
        char[] id = new char[17];
        region.getChars(0, 6, id, 0);
        int ymd = birth.getYear() * 10_000 + birth.getMonthValue() * 100 + birth.getDayOfMonth();
        digits(id, 6, 8, ymd);
        digits(id, 14, 3, 2 * n + (male ? 1 : 2));
        String body = new String(id);
        return body + IdNumber.checkDigitFor(body);
    }

    private static void digits(char[] into, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
