package org.edugov.dict;

import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Template helper, registered as {@code @dict}: {@code ${@dict.label('GENDER', p.sex)}} renders the
 * label in the request's locale. Type codes are strings because templates cannot name enum constants
 * conveniently; a misspelt type fails loudly rather than rendering raw codes.
 */
@Component("dict")
public class DictLabels {

    private final Dictionaries dictionaries;

    DictLabels(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    public String label(String typeCode, String code) {
        return dictionaries.label(type(typeCode), code, LocaleContextHolder.getLocale());
    }

    /** Active items, for {@code <select>} options: {@code th:each="i : ${@dict.items('ETHNICITY')}"}. */
    public List<DictItem> items(String typeCode) {
        return dictionaries.items(type(typeCode));
    }

    private static DictType type(String typeCode) {
        try {
            return DictType.valueOf(typeCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown code list type: " + typeCode, e);
        }
    }
}
