package org.edugov;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.edugov.shared.IdNumber;

/** Valid GB 11643 identity numbers for test data. */
public final class TestIds {

    private TestIds() {
    }

    /** An 18-digit number for a region, birth date and 3-digit sequence (odd = male, even = female). */
    public static String of(String region, LocalDate birth, int sequence) {
        String body = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return IdNumber.parse(body + IdNumber.checkDigitFor(body)).value();
    }
}
