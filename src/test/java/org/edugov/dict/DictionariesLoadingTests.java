package org.edugov.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Loading behaviour without a database: a fake repository counts how often it is asked. */
class DictionariesLoadingTests {

    static class CountingRepository extends DictItemRepository {
        final AtomicInteger loads = new AtomicInteger();
        volatile List<DictItem> items = List.of(
                new DictItem(DictType.GENDER, "2", "女", "Female", 20, null, true),
                new DictItem(DictType.GENDER, "1", "男", "Male", 10, null, true),
                new DictItem(DictType.GENDER, "9", "未说明的性别", "Not stated", 40, null, false));

        CountingRepository() {
            super(null);
        }

        @Override
        List<DictItem> findAll() {
            loads.incrementAndGet();
            try {
                Thread.sleep(50); // widen the window in which concurrent first calls overlap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return items;
        }
    }

    @Test
    void concurrentFirstAccessLoadsOnce() throws Exception {
        CountingRepository repository = new CountingRepository();
        Dictionaries dictionaries = new Dictionaries(repository);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return dictionaries.items(DictType.GENDER).size();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(2);
            }
        }
        assertThat(repository.loads).hasValue(1);
    }

    @Test
    void loadsLazilyAndReloadSwapsTheData() {
        CountingRepository repository = new CountingRepository();
        Dictionaries dictionaries = new Dictionaries(repository);
        assertThat(repository.loads).hasValue(0);

        assertThat(dictionaries.items(DictType.GENDER)).extracting(DictItem::code).containsExactly("1", "2");
        assertThat(dictionaries.items(DictType.ETHNICITY)).as("type without rows").isEmpty();
        assertThat(dictionaries.label(DictType.GENDER, "9", Locale.ENGLISH)).isEqualTo("Not stated");

        repository.items = List.of(new DictItem(DictType.GENDER, "1", "男性", "Man", 10, null, true));
        assertThat(dictionaries.label(DictType.GENDER, "1", Locale.CHINESE)).as("cached until reload").isEqualTo("男");
        dictionaries.reload();
        assertThat(dictionaries.label(DictType.GENDER, "1", Locale.CHINESE)).isEqualTo("男性");
        assertThat(dictionaries.label(DictType.GENDER, "2", Locale.CHINESE)).isEqualTo("2");
        assertThat(repository.loads).hasValue(2);
    }
}
