package org.edugov.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.edugov.shared.IdNumber;

/** Valid, unique GB 11643 identity numbers for generated people: region, birth date, sequence by sex. */
final class DemoIds {

    private final Map<String, Integer> sequences = new HashMap<>();

    String next(String region, LocalDate birth, boolean male) {
        int n = sequences.merge(region + birth, 1, Integer::sum);
        String body = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", (n * 2 - (male ? 1 : 2)) % 1000);
        return body + IdNumber.checkDigitFor(body);
    }
}
