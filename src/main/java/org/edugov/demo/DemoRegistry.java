package org.edugov.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.edugov.org.OrgImportRow;
import org.edugov.registry.BulkClass;
import org.edugov.registry.BulkFlow;
import org.edugov.registry.BulkCohort;
import org.edugov.registry.BulkPupil;
import org.edugov.registry.BulkSchool;
import org.edugov.registry.BulkSchoolYear;
import org.edugov.registry.BulkTeacher;
import org.edugov.shared.SchoolYear;

/**
 * The registry of a generated region: school profiles, three years of facilities, this year's classes, the
 * pupils filling them with their histories, teachers with postings, and population cohorts per town. The same
 * org rows, seed and date always give the same data. Plain Java: plans (a few numbers per class) are held in
 * memory, while pupils and teachers are generated a school at a time as a stream is read, so a province's ten
 * million pupils never exist at once. Each stream can be read again and starts afresh.
 */
public final class DemoRegistry {

    private final DemoGeography geo;
    private final List<DemoSchoolPlan> plans;
    private final List<DemoSchoolPlan> selected;
    private final DemoTransfers transfers;
    private final long seed;
    private final LocalDate today;
    private final int schoolYear;

    private DemoRegistry(DemoGeography geo, List<DemoSchoolPlan> plans, List<DemoSchoolPlan> selected, long seed,
            LocalDate today) {
        this.geo = geo;
        this.plans = plans;
        this.selected = selected;
        this.transfers = new DemoTransfers(plans);
        this.seed = seed;
        this.today = today;
        this.schoolYear = SchoolYear.containing(today).startYear();
    }

    /** The registry for every school and teaching point among the org rows, as of {@code today}'s school year. */
    public static DemoRegistry of(List<OrgImportRow> units, long seed, LocalDate today) {
        DemoGeography geo = new DemoGeography(units);
        List<DemoSchoolPlan> plans = new DemoPlanner(geo, seed, today, SchoolYear.containing(today).startYear()).plan();
        return new DemoRegistry(geo, plans, plans, seed, today);
    }

    /**
     * The same registry limited to some schools (population stays whole): the rows of those schools are the
     * ones the full registry has, except identity numbers, whose sequence depends on who came before.
     */
    public DemoRegistry onlySchools(Predicate<String> schoolCode) {
        return new DemoRegistry(geo, plans, plans.stream().filter(p -> schoolCode.test(p.code())).toList(), seed,
                today);
    }

    /** Start year of the school year the classes and pupils belong to. */
    public int schoolYear() {
        return schoolYear;
    }

    /** Pupils the streams will yield, known from the plans without generating anyone. */
    public long pupilCount() {
        return selected.stream().mapToLong(DemoSchoolPlan::pupils).sum();
    }

    public Stream<BulkSchool> schools() {
        return selected.stream().map(p -> new BulkSchool(p.code(), p.ownership(), p.inclusiveSince() != null,
                p.inclusiveSince(),
                p.urbanRural(), p.stages(), p.boarding()));
    }

    public Stream<BulkSchoolYear> schoolYears() {
        return selected.stream().flatMap(p -> DemoFacilities.years(p, seed, schoolYear).stream());
    }

    /** 招生, 毕业 and transfers of the nine school years before this one (cohort indicators such as 巩固率). */
    public Stream<BulkFlow> flows() {
        Map<String, Double> scales = DemoFlows.juniorScales(selected, seed);
        return selected.stream().flatMap(p -> DemoFlows.flows(p, seed, schoolYear, scales.get(p.county())).stream());
    }

    public Stream<BulkClass> classes() {
        return selected.stream().flatMap(p -> p.classes().stream().map(c -> new BulkClass(p.code(), schoolYear,
                c.grade(), c.name(), c.multigrade(), c.special())));
    }

    public Stream<BulkPupil> pupils() {
        DemoPupilMaker maker = new DemoPupilMaker(geo, transfers, seed, schoolYear, today);
        return selected.stream().flatMap(p -> maker.pupils(p).stream());
    }

    /** Teachers school by school, then one teacher per county posted nowhere. */
    public Stream<BulkTeacher> teachers() {
        DemoStaff staff = new DemoStaff(transfers, seed, schoolYear);
        List<String> counties = selected.stream().map(DemoSchoolPlan::county).distinct().toList();
        return Stream.concat(selected.stream().flatMap(p -> staff.teachers(p).stream()),
                IntStream.range(0, counties.size()).mapToObj(i -> staff.unposted(counties.get(i), i)));
    }

    public Stream<BulkCohort> population() {
        return DemoPopulation.cohorts(geo, plans, schoolYear).stream();
    }
}
