package org.edugov;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.edugov.shared.IdNumber;

/** Valid GB 11643 identity numbers for test data. */
public final class TestIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private TestIds() {
    }

    /** An 18-digit number for a region, birth date and 3-digit sequence (odd = male, even = female). */
    public static String of(String region, LocalDate birth, int sequence) {
        String body = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        String id = body + CHECK.charAt(sum % 11);
        return IdNumber.parse(id).value();
    }
}
