package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.edugov.org.CurrentUser;
import org.edugov.shared.SqlCondition;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Age cohorts 0–18 per town in the user's scope, 户籍 and 常住 shown separately, never mixed. */
@Controller
class PopulationController {

    private static final int MAX_AGE = 18;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PopulationImport importer;
    private final MessageSource messages;

    PopulationController(JdbcClient jdbc, Clock clock, PopulationImport importer, MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.importer = importer;
    }

    @GetMapping("/registry/population/import/template")
    @PreAuthorize("hasAuthority('registry:population:import')")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        XlsxDownload.start(response, "population-template.xlsx");
        SheetWriter.template(response.getOutputStream(), "population", PopulationImport.COLUMNS, locale);
    }

    @PostMapping("/registry/population/import")
    @PreAuthorize("hasAuthority('registry:population:import')")
    String importFile(CurrentUser user, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response, HttpSession session) throws IOException {
        PopulationImport.INLINE.run(file, rows -> importer.importRows(user, rows, LocalDate.now(clock).getYear()),
                "population.import.ok", model, response, session);
        return show(user, null, "RESIDENT", model);
    }

    @GetMapping("/registry/population/import/errors")
    @PreAuthorize("hasAuthority('registry:population:import')")
    void importErrors(HttpSession session, Locale locale, HttpServletResponse response) throws IOException {
        PopulationImport.INLINE.errorWorkbook(session, messages, locale, response);
    }

    @GetMapping("/registry/population")
    @PreAuthorize("hasAuthority('registry:population:read')")
    String show(CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "RESIDENT") String basis, Model model) {
        if (!basis.equals("RESIDENT") && !basis.equals("HUKOU") && !basis.equals("DISABLED")) {
            throw UserError.invalid("population.basis.unknown", basis);
        }
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        SqlCondition inScope = user.scope().condition("u.path");
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("year", y);
        params.put("basis", basis);
        Map<Long, PopulationRow> rows = new LinkedHashMap<>();
        Map<Long, int[]> ages = new HashMap<>();
        jdbc.sql("""
                SELECT u.id, u.name, p.age, sum(p.persons) AS persons
                  FROM registry.population p JOIN org.unit_scope u ON u.id = p.town_id
                 WHERE p.year = :year AND p.basis = :basis
                """ + " AND " + inScope.sql() + """
                 GROUP BY u.id, u.name, u.path, p.age ORDER BY u.path, p.age""")
                .params(params)
                .query((rs, i) -> {
                    long town = rs.getLong("id");
                    rows.putIfAbsent(town, new PopulationRow(town, rs.getString("name"), List.of()));
                    ages.computeIfAbsent(town, t -> new int[MAX_AGE + 1])[rs.getInt("age")] = rs.getInt("persons");
                    return town;
                }).list();
        List<PopulationRow> result = new ArrayList<>();
        rows.forEach((town, row) -> result.add(new PopulationRow(town, row.townName(),
                Arrays.stream(ages.get(town)).boxed().toList())));
        model.addAttribute("rows", result);
        model.addAttribute("year", y);
        model.addAttribute("basis", basis);
        model.addAttribute("ages", IntStream.rangeClosed(0, MAX_AGE).boxed().toList());
        return "registry/population";
    }
}
