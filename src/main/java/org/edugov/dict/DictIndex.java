package org.edugov.dict;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Immutable lookup structures for one code list. Built once per load, then only read. */
final class DictIndex {

    private static final Comparator<DictItem> ORDER =
            Comparator.comparingInt(DictItem::sortOrder).thenComparing(DictItem::code);

    /** Declared after ORDER, which its construction needs. */
    static final DictIndex EMPTY = new DictIndex(List.of());

    private final List<DictItem> active;
    private final Map<String, DictItem> byCode;
    /** Active items by lower-cased zh and en label. */
    private final Map<String, DictItem> activeByLabel;
    /** Active numeric codes without leading zeros, because Excel turns a typed "01" into 1. */
    private final Map<String, DictItem> activeByNumber;

    DictIndex(List<DictItem> items) {
        List<DictItem> sorted = items.stream().sorted(ORDER).toList();
        this.active = sorted.stream().filter(DictItem::active).toList();
        this.byCode = uniqueKeys(sorted, DictItem::code);
        Map<String, DictItem> labels = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (DictItem item : active) {
            put(labels, clashes, labelKey(item.labelZh()), item);
            put(labels, clashes, labelKey(item.labelEn()), item);
        }
        clashes.forEach(labels::remove);
        this.activeByLabel = Map.copyOf(labels);
        this.activeByNumber = uniqueKeys(active.stream().filter(i -> isDigits(i.code())).toList(),
                i -> withoutLeadingZeros(i.code()));
    }

    List<DictItem> active() {
        return active;
    }

    Optional<DictItem> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /**
     * Resolves user input (already normalized) to an active item: code, zh or en label, code without
     * its leading zeros, or the "code label" drop-down form whose two halves agree.
     */
    Optional<DictItem> resolve(String input) {
        if (input == null || input.isEmpty()) {
            return Optional.empty();
        }
        return activeByCode(input)
                .or(() -> Optional.ofNullable(activeByLabel.get(labelKey(input))))
                .or(() -> DropDownValues.split(input).flatMap(this::resolveSplit));
    }

    private Optional<DictItem> resolveSplit(DropDownValues.CodeAndLabel parts) {
        DictItem byLabel = activeByLabel.get(labelKey(parts.label()));
        return activeByCode(parts.code()).filter(item -> item.equals(byLabel));
    }

    private Optional<DictItem> activeByCode(String code) {
        DictItem exact = byCode.get(code);
        if (exact != null) {
            return exact.active() ? Optional.of(exact) : Optional.empty();
        }
        return isDigits(code) ? Optional.ofNullable(activeByNumber.get(withoutLeadingZeros(code))) : Optional.empty();
    }

    private static Map<String, DictItem> uniqueKeys(List<DictItem> items, Function<DictItem, String> key) {
        Map<String, DictItem> map = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        items.forEach(item -> put(map, clashes, key.apply(item), item));
        clashes.forEach(map::remove);
        return Map.copyOf(map);
    }

    /** A key claimed by two items is dropped: guessing between them would silently store wrong data. */
    private static void put(Map<String, DictItem> map, Set<String> clashes, String key, DictItem item) {
        DictItem previous = map.putIfAbsent(key, item);
        if (previous != null && !previous.equals(item)) {
            clashes.add(key);
        }
    }

    private static String labelKey(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String withoutLeadingZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
