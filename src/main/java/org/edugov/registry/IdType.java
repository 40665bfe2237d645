package org.edugov.registry;

import java.util.Arrays;
import java.util.Optional;

/** Identity document of a pupil (dict {@code ID_TYPE}); the code is what the database stores. */
public enum IdType {
    ID_CARD("1"), PASSPORT("2"), HK_MACAO_TAIWAN("3"), NONE("9");

    private final String code;

    IdType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IdType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
