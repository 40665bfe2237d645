package org.edugov.dict;

import java.util.Locale;

/**
 * One entry of a code list.
 *
 * @param parentCode code of the parent entry in the same list (e.g. 学历 11 → 10), or {@code null}
 * @param active     {@code false} for withdrawn codes: they keep their label for old records but are
 *                   no longer offered or accepted as input
 */
public record DictItem(DictType type, String code, String labelZh, String labelEn, int sortOrder,
        String parentCode, boolean active) {

    /** Chinese for any Chinese locale and for {@code null} (the bureaus' default), English otherwise. */
    public String label(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }
}
