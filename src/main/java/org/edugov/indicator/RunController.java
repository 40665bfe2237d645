package org.edugov.indicator;

import java.time.Clock;
import java.time.LocalDate;
import org.edugov.org.CurrentUser;
import org.edugov.shared.SchoolYear;
import org.edugov.shared.UserError;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Runs of the catalog: the list, starting a full recompute, and its progress (polled by htmx). */
@Controller
class RunController {

    private final IndicatorRuns indicatorRuns;
    private final RunLog runs;
    private final StaleMarks stale;
    private final Clock clock;

    RunController(IndicatorRuns indicatorRuns, RunLog runs, StaleMarks stale, Clock clock) {
        this.indicatorRuns = indicatorRuns;
        this.runs = runs;
        this.stale = stale;
        this.clock = clock;
    }

    @GetMapping("/indicators/runs")
    @PreAuthorize("hasAuthority('indicator:run')")
    String list(Model model) {
        SchoolYear year = SchoolYear.containing(LocalDate.now(clock));
        model.addAttribute("runs", runs.recent(20));
        model.addAttribute("year", year);
        model.addAttribute("asOf", year.referenceDate());
        model.addAttribute("stale", stale.count());
        return "indicator/runs";
    }

    @PostMapping("/indicators/runs")
    @PreAuthorize("hasAuthority('indicator:run')")
    String start(CurrentUser user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        SchoolYear year = SchoolYear.containing(LocalDate.now(clock));
        long id = indicatorRuns.start(user.username(), year.startYear(), asOf == null ? year.referenceDate() : asOf);
        return "redirect:/indicators/runs/" + id;
    }

    @GetMapping("/indicators/runs/{id}")
    @PreAuthorize("hasAuthority('indicator:run')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.find(id).orElseThrow(() -> UserError.notFound("indicator.run.notFound", id)));
        return "indicator/run";
    }

    @GetMapping("/indicators/runs/{id}/progress")
    @PreAuthorize("hasAuthority('indicator:run')")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.find(id).orElseThrow(() -> UserError.notFound("indicator.run.notFound", id)));
        return "indicator/run :: progress";
    }
}
