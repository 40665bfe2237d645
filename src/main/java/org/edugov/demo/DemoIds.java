package org.edugov.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Valid, unique GB 11643 identity numbers for generated people: region, birth date, sequence by sex. */
final class DemoIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final Map<String, Integer> sequences = new HashMap<>();

    String next(String region, LocalDate birth, boolean male) {
        int n = sequences.merge(region + birth, 1, Integer::sum);
        String body = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", (n * 2 - (male ? 1 : 2)) % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
