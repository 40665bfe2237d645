package org.edugov.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes generated pupils as an import file, for import tests and benchmarks:
 * {@code DemoExport [--out=pupils.csv] [--pupils=100000] [--scale=city|province] [--seed=20260901]
 * [--today=yyyy-MM-dd]}; the format follows the file name (.csv or .xlsx).
 */
public final class DemoExport {

    private DemoExport() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>(Map.of("out", "pupils.csv", "pupils", "100000", "scale", "city",
                "seed", "20260901", "today", LocalDate.now().toString()));
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            if (kv.length != 2 || !options.containsKey(kv[0])) {
                throw new IllegalArgumentException("unknown option " + arg + "; known: " + options.keySet());
            }
            options.put(kv[0], kv[1]);
        }
        long seed = Long.parseLong(options.get("seed"));
        DemoCity city = DemoCity.generate(DemoScale.valueOf(options.get("scale").toUpperCase()), seed);
        DemoRegistry registry = DemoRegistry.of(city.units(), seed, LocalDate.parse(options.get("today")));
        Path out = Path.of(options.get("out"));
        long limit = Long.parseLong(options.get("pupils"));
        long start = System.nanoTime();
        long written = out.toString().endsWith(".xlsx") ? DemoPupilFile.writeXlsx(registry.pupils(), limit, out)
                : DemoPupilFile.writeCsv(registry.pupils(), limit, out);
        System.out.printf("%d pupils written to %s in %d ms%n", written, out.toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
