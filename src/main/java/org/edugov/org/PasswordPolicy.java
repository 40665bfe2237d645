package org.edugov.org;

import java.util.Optional;

/** Password rules, plain Java: a message key for the first rule broken, or empty when acceptable. */
final class PasswordPolicy {

    static final int MAX_LENGTH = 128;

    private final int minLength;

    PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    Optional<String> violation(String username, String password) {
        if (password == null || password.length() < minLength) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("password.lettersAndDigits");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }

    int minLength() {
        return minLength;
    }
}
