package org.edugov.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.edugov.registry.BulkClass;
import org.edugov.registry.BulkPupil;
import org.edugov.registry.BulkPupilEvent;
import org.edugov.registry.BulkSchool;
import org.edugov.registry.BulkTeacher;
import org.edugov.registry.Grade;
import org.edugov.registry.PupilEventKind;
import org.edugov.registry.PupilStatus;
import org.edugov.shared.IdNumber;
import org.edugov.shared.Sex;
import org.edugov.shared.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The city-scale registry: deterministic, sized as promised, every person valid, distributions in range. */
class DemoRegistryTest {

    private static final long SEED = 20260901L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate COUNT_DAY = LocalDate.of(2026, 9, 1);

    private static DemoRegistry city;
    private static PupilFigures pupils;

    /** Shares and problems gathered in one pass over the half-million pupils. */
    private static final class PupilFigures {
        long total;
        long overAge;
        long disabled;
        long boys;
        long migrant;
        long rural;
        long leftBehindRural;
        long suspended;
        long droppedOutOutsideJunior;
        long transfers;
        final Set<String> problems = new HashSet<>();
        final Set<String> ids = new HashSet<>();
        final Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
    }

    @BeforeAll
    static void generate() {
        city = DemoRegistry.of(DemoCity.generate(DemoScale.CITY, SEED).units(), SEED, TODAY);
        Set<String> ruralSchools = new HashSet<>();
        city.schools().filter(s -> s.urbanRural().startsWith("12") || s.urbanRural().startsWith("2"))
                .forEach(s -> ruralSchools.add(s.schoolCode()));
        pupils = new PupilFigures();
        city.pupils().forEach(p -> count(p, ruralSchools.contains(p.schoolCode())));
    }

    private static void count(BulkPupil p, boolean rural) {
        PupilFigures f = pupils;
        f.total++;
        f.byGrade.merge(p.grade(), 1L, Long::sum);
        IdNumber id = IdNumber.parse(p.idNumber(), TODAY);
        if (!id.birthDate().equals(p.birthDate()) || (id.sex() == Sex.MALE) != (p.sex() == Sex.MALE)
                || !p.studentNo().equals("G" + p.idNumber()) || !f.ids.add(p.idNumber())) {
            f.problems.add("identity " + p);
        }
        int age = id.ageOn(COUNT_DAY);
        if (age < p.grade().typicalAge() || age > p.grade().typicalAge() + 2) {
            f.problems.add("age " + age + " in " + p.grade());
        }
        f.overAge += age > p.grade().typicalAge() ? 1 : 0;
        f.disabled += p.disability() != null ? 1 : 0;
        f.boys += p.sex() == Sex.MALE ? 1 : 0;
        f.migrant += p.migrant() ? 1 : 0;
        f.rural += rural ? 1 : 0;
        f.leftBehindRural += rural && p.leftBehind() ? 1 : 0;
        f.suspended += p.status() == PupilStatus.SUSPENDED ? 1 : 0;
        f.droppedOutOutsideJunior += p.status() == PupilStatus.DROPPED_OUT && p.grade().stage() != Stage.JUNIOR ? 1 : 0;
        f.transfers += p.events().stream().anyMatch(e -> e.kind() == PupilEventKind.TRANSFER_IN) ? 1 : 0;
        List<BulkPupilEvent> events = p.events();
        if (events.getFirst().kind() != PupilEventKind.ENROL || !events.getFirst().occurredOn().equals(p.enteredOn())
                || events.getLast().occurredOn().isAfter(TODAY)) {
            f.problems.add("history " + p);
        }
    }

    @Test
    void sameSeedGivesTheSamePupilsAndTeachers() {
        DemoRegistry again = DemoRegistry.of(DemoCity.generate(DemoScale.CITY, SEED).units(), SEED, TODAY);

        assertThat(again.pupils().limit(1000).toList()).isEqualTo(city.pupils().limit(1000).toList());
        assertThat(checksum(again)).isEqualTo(checksum(city));
        DemoRegistry otherSeed = DemoRegistry.of(DemoCity.generate(DemoScale.CITY, SEED).units(), SEED + 1, TODAY);
        assertThat(otherSeed.pupils().limit(1000).toList()).isNotEqualTo(city.pupils().limit(1000).toList());
    }

    @Test
    void cityHasHalfAMillionPupilsInEveryGradeWithValidIdentities() {
        assertThat(pupils.problems).isEmpty();
        assertThat(pupils.total).isBetween(450_000L, 550_000L).isEqualTo(city.pupilCount());
        assertThat(pupils.byGrade.keySet()).containsExactlyInAnyOrder(Grade.values());
    }

    @Test
    void pupilSharesLieInTheirRanges() {
        double n = pupils.total;
        assertThat(pupils.overAge / n).as("over-age").isBetween(0.01, 0.03);
        assertThat(pupils.disabled / n).as("disabled").isBetween(0.003, 0.008);
        assertThat(pupils.boys / n).as("boys").isBetween(0.50, 0.54);
        assertThat(pupils.migrant / n).as("migrant").isBetween(0.06, 0.10);
        assertThat(pupils.leftBehindRural / (double) pupils.rural).as("left-behind in rural").isBetween(0.08, 0.12);
        assertThat(pupils.suspended / n).as("suspended").isBetween(0.002, 0.004);
        assertThat(pupils.droppedOutOutsideJunior).isZero();
        assertThat(pupils.transfers).isBetween(1_000L, 5_000L);
    }

    @Test
    void someCompulsoryClassesAreLargeAndTeachingPointsTeachMultigrade() {
        Map<String, Integer> sizes = new HashMap<>();
        city.pupils().forEach(p -> sizes.merge(p.schoolCode() + p.className(), 1, Integer::sum));
        List<BulkClass> compulsory = city.classes().filter(c -> !c.special() && !c.multigrade()
                && (c.grade().stage() == Stage.PRIMARY || c.grade().stage() == Stage.JUNIOR)).toList();
        long large = compulsory.stream().filter(c -> sizes.get(c.schoolCode() + c.name()) >= 56).count();
        long veryLarge = compulsory.stream().filter(c -> sizes.get(c.schoolCode() + c.name()) >= 66).count();

        assertThat(large / (double) compulsory.size()).as("大班额 share").isBetween(0.02, 0.05);
        assertThat(veryLarge).as("超大班额").isPositive().isLessThan(large / 3);
        assertThat(city.classes().filter(BulkClass::multigrade).count()).isPositive();
        assertThat(sizes.keySet()).hasSize((int) city.classes().count());
    }

    @Test
    void schoolsHaveRealisticProfilesAndFacts() {
        List<BulkSchool> schools = city.schools().toList();
        List<BulkSchool> kindergartens = schools.stream().filter(s -> s.stages().equals(List.of(Stage.PRESCHOOL)))
                .toList();
        long privateKindergartens = kindergartens.stream().filter(s -> s.ownership().equals("2")).count();
        long inclusive = kindergartens.stream().filter(BulkSchool::inclusivePrivate).count();

        assertThat(schools.stream().filter(s -> s.ownership().equals("1")).count() / (double) schools.size())
                .isBetween(0.80, 0.90);
        assertThat(privateKindergartens / (double) kindergartens.size()).isBetween(0.30, 0.50);
        assertThat(inclusive / (double) privateKindergartens).isBetween(0.35, 0.65);
        assertThat(schools).allMatch(s -> s.inclusivePrivate() == (s.inclusiveSince() != null)
                && (s.inclusiveSince() == null || !s.inclusiveSince().isAfter(TODAY)));
        Set<String> compulsory = new HashSet<>();
        schools.stream().filter(s -> (s.stages().contains(Stage.PRIMARY) || s.stages().contains(Stage.JUNIOR))
                && !s.stages().contains(Stage.SENIOR)).forEach(s -> compulsory.add(s.schoolCode()));
        var facts = city.schoolYears().filter(f -> f.schoolYear() == 2026 && compulsory.contains(f.schoolCode()))
                .toList();
        assertThat(city.schoolYears().count()).isEqualTo(3L * schools.size());
        assertThat(facts.stream().filter(f -> f.counselingRoom()).count() / (double) facts.size()).isBetween(0.7, 0.9);
        assertThat(facts.stream().filter(f -> f.publicFundsPerPupil().doubleValue() < 550
                || f.publicFundsPerPupil().doubleValue() > 1200).count()).as("生均公用经费 far from the minimums").isZero();
    }

    @Test
    void teachersAreValidAndShapedForTheIndicators() {
        List<BulkTeacher> teachers = city.teachers().toList();
        Set<String> ids = new HashSet<>();
        teachers.forEach(t -> {
            IdNumber id = IdNumber.parse(t.idNumber(), TODAY);
            assertThat(id.birthDate()).isEqualTo(t.birthDate());
            assertThat(ids.add(t.idNumber())).isTrue();
        });
        double ratio = pupils.total / (double) teachers.size();
        long eligible = teachers.stream().filter(t -> t.atSchoolSince() != null
                && !t.atSchoolSince().isAfter(COUNT_DAY.minusYears(6))).count();
        List<BulkTeacher> specialised = teachers.stream().filter(t -> t.stage() == Stage.VOCATIONAL
                && !List.of("语文", "数学", "英语", "思想政治", "体育").contains(t.subject())).toList();

        assertThat(ratio).isBetween(12.0, 16.0);
        assertThat(eligible / (double) teachers.size()).as("rotation-eligible").isBetween(0.35, 0.50);
        assertThat(specialised.stream().filter(BulkTeacher::dualQualified).count() / (double) specialised.size())
                .isBetween(0.45, 0.65);
        assertThat(teachers.stream().filter(t -> t.schoolCode() == null).count()).isBetween(1L, 10L);
        assertThat(teachers).allMatch(t -> t.schoolCode() == null || t.postings().getLast().validTo() == null
                && t.postings().getLast().schoolCode().equals(t.schoolCode()));
        assertThat(teachers.stream().filter(t -> t.stage() == Stage.SENIOR)
                .filter(t -> t.education().equals("21") || t.education().equals("14")).count()
                / (double) teachers.stream().filter(t -> t.stage() == Stage.SENIOR).count()).isGreaterThan(0.97);
    }

    @Test
    void populationGivesPlausibleEnrolmentRatios() {
        Map<Integer, Long> residents = new HashMap<>();
        city.population().filter(c -> c.basis().equals("RESIDENT") && c.year() == 2026)
                .forEach(c -> residents.merge(c.age(), (long) c.persons(), Long::sum));
        long preschool = sum(pupils.byGrade, Grade.K1, Grade.K3);
        long primary = sum(pupils.byGrade, Grade.P1, Grade.P6);

        assertThat(preschool / (double) (residents.get(3) + residents.get(4) + residents.get(5))).isBetween(0.88, 0.96);
        assertThat(primary / (double) (residents.get(6) + residents.get(7) + residents.get(8) + residents.get(9)
                + residents.get(10) + residents.get(11))).isBetween(1.0, 1.06);
        assertThat(residents).containsOnlyKeys(java.util.stream.IntStream.rangeClosed(0, 18).boxed().toList());
    }

    @Test
    void provinceScaleIsTenMillionPupilsKnownWithoutGeneratingThem() {
        DemoRegistry province = DemoRegistry.of(DemoCity.generate(DemoScale.PROVINCE, SEED).units(), SEED, TODAY);

        assertThat(province.pupilCount()).isBetween(9_000_000L, 11_000_000L);
    }

    @Test
    void provinceIdentityNumbersNameARealProvince() {
        assertThat(DemoGeography.idPrefix("980305")).isEqualTo("415305");
        assertThat(DemoGeography.idPrefix("419903")).isEqualTo("419903");
        DemoRegistry province = DemoRegistry.of(DemoCity.generate(DemoScale.PROVINCE, SEED).units(), SEED, TODAY);
        province.pupils().limit(20_000).forEach(p -> IdNumber.parse(p.idNumber(), TODAY));
        province.teachers().limit(20_000).forEach(t -> IdNumber.parse(t.idNumber(), TODAY));
    }

    @Test
    void onlySchoolsKeepsTheirClassesAndPupils() {
        String school = city.schools().skip(40).findFirst().orElseThrow().schoolCode();
        DemoRegistry one = city.onlySchools(school::equals);

        assertThat(one.classes().toList()).isEqualTo(city.classes().filter(c -> c.schoolCode().equals(school)).toList());
        assertThat(one.pupils().map(BulkPupil::name).toList())
                .isEqualTo(city.pupils().filter(p -> p.schoolCode().equals(school)).map(BulkPupil::name).toList());
    }

    private static long sum(Map<Grade, Long> byGrade, Grade from, Grade to) {
        long n = 0;
        for (Grade g = from; g != null && g.ordinal() <= to.ordinal(); g = g.next()) {
            n += byGrade.getOrDefault(g, 0L);
        }
        return n;
    }

    private static long checksum(DemoRegistry registry) {
        CRC32 crc = new CRC32();
        registry.pupils().forEach(p -> crc.update(p.toString().getBytes()));
        registry.teachers().forEach(t -> crc.update(t.toString().getBytes()));
        return crc.getValue();
    }
}
