package org.edugov.dict;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Read access to all code lists. The lists are tiny, so everything is loaded once into immutable
 * maps on first use; {@link #reload()} swaps in a fresh copy after the tables were changed.
 *
 * <p>Display methods ({@link #find}, {@link #label}) also know withdrawn (inactive) codes so that old
 * records keep their labels; input methods ({@link #items}, {@link #codeForLabel}, {@link #isValid})
 * only know active ones.
 */
@Component
public class Dictionaries {

    private static final Logger log = LoggerFactory.getLogger(Dictionaries.class);

    private final DictItemRepository repository;
    /** A lock rather than synchronized: loading does JDBC I/O, which would pin a virtual thread on Java 21. */
    private final ReentrantLock loadLock = new ReentrantLock();
    private volatile Map<DictType, DictIndex> indexes;

    Dictionaries(DictItemRepository repository) {
        this.repository = repository;
    }

    /** Active items in display order. */
    public List<DictItem> items(DictType type) {
        return index(type).active();
    }

    /** The item with exactly this code, active or not. */
    public Optional<DictItem> find(DictType type, String code) {
        return index(type).find(code);
    }

    /**
     * The label in the given locale; an unknown code is returned as is, so bad data stays visible
     * instead of rendering as blank. {@code null} gives an empty string.
     */
    public String label(DictType type, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return find(type, code).map(item -> item.label(locale)).orElse(code);
    }

    /**
     * The code of the active item that the user meant: accepts the code, the Chinese or English label
     * (case-insensitive), the "01 汉族" / "01-汉族" drop-down form, surrounding blanks of any kind and
     * numeric codes that lost their leading zeros in Excel. Empty if nothing matches unambiguously.
     */
    public Optional<String> codeForLabel(DictType type, String label) {
        return index(type).resolve(DropDownValues.normalize(label)).map(DictItem::code);
    }

    /** The "01 汉族" form offered in Excel template drop-downs; {@link #codeForLabel} reads it back. */
    public String dropDownValue(DictItem item) {
        return DropDownValues.format(item);
    }

    /** Drop-down values of all active items, in display order. */
    public List<String> dropDownValues(DictType type) {
        return items(type).stream().map(this::dropDownValue).toList();
    }

    /** Whether the code is an active code of the list, i.e. acceptable for new data. */
    public boolean isValid(DictType type, String code) {
        return find(type, code).map(DictItem::active).orElse(false);
    }

    /** Re-reads the tables; readers see the old maps until the new ones are complete. */
    public void reload() {
        Map<DictType, DictIndex> fresh = load();
        loadLock.lock();
        try {
            indexes = fresh;
        } finally {
            loadLock.unlock();
        }
    }

    private DictIndex index(DictType type) {
        return indexes().getOrDefault(type, DictIndex.EMPTY);
    }

    private Map<DictType, DictIndex> indexes() {
        Map<DictType, DictIndex> current = indexes;
        if (current != null) {
            return current;
        }
        // Double-checked so that concurrent first requests trigger a single load.
        loadLock.lock();
        try {
            if (indexes == null) {
                indexes = load();
            }
            return indexes;
        } finally {
            loadLock.unlock();
        }
    }

    private Map<DictType, DictIndex> load() {
        List<DictItem> all = repository.findAll();
        Map<DictType, DictIndex> byType = new EnumMap<>(DictType.class);
        all.stream()
                .collect(Collectors.groupingBy(DictItem::type, () -> new EnumMap<>(DictType.class), Collectors.toList()))
                .forEach((type, items) -> byType.put(type, new DictIndex(items)));
        for (DictType type : DictType.values()) {
            if (!byType.containsKey(type)) {
                log.warn("Code list {} has no items; is its migration missing?", type);
            }
        }
        log.info("Loaded {} code list items of {} lists", all.size(), byType.size());
        return Map.copyOf(byType);
    }
}
