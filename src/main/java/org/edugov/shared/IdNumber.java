package org.edugov.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resident identity number per GB 11643-1999, always held in its 18-character form. A final class
 * rather than a record so that no constructor bypasses validation and {@link #toString()} can stay
 * masked: identity numbers are personal data and must not reach logs in clear.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    // GB/T 2260 province prefixes; 83 is used by residence permits of Taiwan residents (台湾居民居住证).
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    // Nobody alive and registered was born earlier; older dates are typing errors.
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;
    private final boolean upgraded;

    private IdNumber(String value, boolean upgraded) {
        this.value = value;
        this.upgraded = upgraded;
    }

    /** Parses against today's date in the JVM's zone; see {@link #parse(String, LocalDate)}. */
    public static IdNumber parse(String raw) {
        return parse(raw, LocalDate.now());
    }

    /**
     * Parses an 18-digit number or a 15-digit pre-1999 one, which is upgraded to 18 digits. Birth
     * dates after {@code today} are rejected; passing the date keeps callers and tests deterministic.
     *
     * @throws IdNumberException naming the first rule broken
     */
    public static IdNumber parse(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new IdNumberException(IdNumberException.Reason.BLANK, raw);
        }
        if (s.length() != 18 && s.length() != 15) {
            throw new IdNumberException(IdNumberException.Reason.LENGTH, raw);
        }
        boolean old = s.length() == 15;
        if (!hasValidCharacters(s, old)) {
            throw new IdNumberException(IdNumberException.Reason.CHARACTERS, raw);
        }
        // Old numbers carry a two-digit year, all of them from the 1900s, and no check digit.
        String body = old ? s.substring(0, 6) + "19" + s.substring(6) : s.substring(0, 17);
        if (!PROVINCES.contains(body.substring(0, 2))) {
            throw new IdNumberException(IdNumberException.Reason.REGION, raw);
        }
        LocalDate birth = birthDateOf(body);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new IdNumberException(IdNumberException.Reason.BIRTH_DATE, raw);
        }
        char check = checkDigit(body);
        if (!old && s.charAt(17) != check) {
            throw new IdNumberException(IdNumberException.Reason.CHECK_DIGIT, raw);
        }
        return new IdNumber(body + check, old);
    }

    public static Optional<IdNumber> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (IdNumberException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    private static boolean hasValidCharacters(String s, boolean old) {
        int digits = old ? 15 : 17;
        for (int i = 0; i < digits; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return old || isAsciiDigit(s.charAt(17)) || s.charAt(17) == 'X';
    }

    // Character.isDigit would also let full-width and other scripts' digits through.
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate birthDateOf(String body) {
        try {
            return LocalDate.of(Integer.parseInt(body.substring(6, 10)),
                    Integer.parseInt(body.substring(10, 12)), Integer.parseInt(body.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The check character (ISO 7064 MOD 11-2) for the first 17 digits of a number, for generating valid
     * numbers (demo and test data) without copying the algorithm.
     *
     * @throws IllegalArgumentException unless {@code body} is exactly 17 digits
     */
    public static char checkDigitFor(String body) {
        if (body == null || !body.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected");
        }
        return checkDigit(body);
    }

    /** ISO 7064 MOD 11-2 over the 17-digit body. */
    private static char checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The 18-character number, unmasked; only for storage and exact matching. */
    public String value() {
        return value;
    }

    /** The administrative division code of the place of first registration, not of current residence. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** From the sequence code's last digit: odd numbers are issued to men, even ones to women. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** True when parsed from a 15-digit number; the stored value is then not what is printed on the card. */
    public boolean wasUpgraded() {
        return upgraded;
    }

    /**
     * Age in completed years (周岁): the birthday itself counts as completed. Someone born on
     * 29 February completes a year on 1 March in common years.
     */
    public int ageOn(LocalDate date) {
        LocalDate birth = birthDate();
        if (date.isBefore(birth)) {
            throw new IllegalArgumentException("Date " + date + " is before the birth date");
        }
        return Period.between(birth, date).getYears();
    }

    /** First 6 and last 4 characters kept, so region and check digit remain recognisable. */
    public String masked() {
        return Masked.idNumber(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that string concatenation and logging never expose the full number. */
    @Override
    public String toString() {
        return masked();
    }
}
