package org.edugov.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.edugov.demo.DemoProperties.RegistrySize;
import org.edugov.indicator.IndicatorHistory;
import org.edugov.indicator.IndicatorRuns;
import org.edugov.indicator.Run;
import org.edugov.org.ImportError;
import org.edugov.org.CurrentUser;
import org.edugov.org.CurrentUserResolver;
import org.edugov.org.ImportResult;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgTreeImport;
import org.edugov.org.OrgUnit;
import org.edugov.org.Role;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.edugov.plan.PlanSupervision;
import org.edugov.plan.Plans;
import org.edugov.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the synthetic region, its demo accounts and two seed plans for the first city (with
 * a supervision run, so their 红黄牌 show at once) when the demo profile is on, then the
 * generated registry. The org tree and accounts come first in a transaction of their own, so people can sign in
 * at once; the registry (about 520,000 pupils at city scale, some 20 s) follows in a second transaction, by
 * default in the background. A registry left empty by an interrupted start is loaded on the next start.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Start of a school year, so that dated memberships cover every year the demo shows. */
    private static final LocalDate VALID_FROM = LocalDate.of(2020, 9, 1);
    private static final int ERRORS_SHOWN = 5;

    private final DemoProperties properties;
    private final OrgDirectory directory;
    private final OrgTreeImport treeImport;
    private final UserAccountService accounts;
    private final DemoRegistryLoader registry;
    private final IndicatorRuns indicators;
    private final IndicatorHistory history;
    private final DemoPlans plans;
    private final PlanSupervision supervision;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDataLoader(DemoProperties properties, OrgDirectory directory, OrgTreeImport treeImport,
            UserAccountService accounts, DemoRegistryLoader registry, IndicatorRuns indicators,
            IndicatorHistory history, Plans plans, PlanSupervision supervision, CurrentUserResolver users,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.supervision = supervision;
        this.indicators = indicators;
        this.plans = new DemoPlans(plans, users);
        this.history = history;
        if (!properties.hasPassword()) {
            throw new IllegalStateException("edugov.demo.password must be set for the demo profile");
        }
        this.properties = properties;
        this.directory = directory;
        this.treeImport = treeImport;
        this.accounts = accounts;
        this.registry = registry;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean treeMissing = directory.isEmpty();
        boolean registryWanted = properties.registry() != RegistrySize.NONE && registry.registryIsEmpty();
        if (!treeMissing && !registryWanted) {
            log.info("Org tree already has units; demo data not loaded");
            return;
        }
        DemoCity city = DemoCity.generate(properties.scale(), properties.seed());
        if (treeMissing) {
            transactions.executeWithoutResult(status -> loadTree(city));
            PlanSupervision.Result cards = supervision.runAll(LocalDate.now(clock));
            log.info("Demo plans checked: {} red and {} yellow cards", cards.redCards(), cards.yellowCards());
        }
        if (!registryWanted) {
            return;
        }
        if (properties.registryInBackground()) {
            Thread.ofPlatform().daemon().name("demo-registry").start(() -> loadRegistryLogged(city));
        } else {
            loadRegistry(city);
        }
    }

    /** One transaction: if an account fails, the units roll back too and the next start tries again. */
    private void loadTree(DemoCity city) {
        long start = System.nanoTime();
        importUnits(city);
        city.accounts().forEach(this::create);
        plans.load(city.units().stream().filter(u -> u.kind().equals("CITY")).findFirst().orElseThrow().code(),
                this::unitId);
        log.info("Demo data ({} scale, seed {}): {} org units and {} accounts loaded in {} ms", properties.scale(),
                properties.seed(), city.units().size(), city.accounts().size(), (System.nanoTime() - start) / 1_000_000);
    }

    private void loadRegistryLogged(DemoCity city) {
        try {
            loadRegistry(city);
        } catch (RuntimeException e) {
            log.error("Demo registry not loaded; it will be tried again on the next start", e);
        }
    }

    private void loadRegistry(DemoCity city) {
        long start = System.nanoTime();
        DemoRegistry generated = DemoRegistry.of(city.units(), properties.seed(), LocalDate.now(clock));
        if (properties.registry() == RegistrySize.SMALL) {
            String firstCounty = city.units().stream().filter(u -> u.kind().equals("COUNTY")).findFirst()
                    .orElseThrow().code();
            generated = generated.onlySchools(code -> code.startsWith("1" + firstCounty));
        }
        DemoRegistry chosen = generated;
        DemoRegistryLoader.Loaded loaded = transactions.execute(status -> registry.load(chosen));
        log.info("Demo registry ({}): {} schools, {} classes, {} pupils, {} teachers, {} population cohorts loaded "
                + "in {} ms", properties.registry(), loaded.schools(), loaded.classes(), loaded.pupils(),
                loaded.teachers(), loaded.cohorts(), (System.nanoTime() - start) / 1_000_000);
        Run run = indicators.computeCurrentYear("system");
        List<ImportError> errors = history.importRows(CurrentUser.system(),
                DemoHistory.earlier(history.values(run.schoolYear(), List.of("CITY", "COUNTY"))));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Demo indicator history refused: " + errors.getFirst());
        }
    }

    private void importUnits(DemoCity city) {
        ImportResult result = treeImport.importRows(CurrentUser.system(), city.units(), VALID_FROM);
        if (!result.ok()) {
            String first = result.errors().stream().limit(ERRORS_SHOWN)
                    .map(e -> "row " + e.rowNumber() + " " + e.column() + ": " + e.messageKey() + " " + e.args())
                    .collect(Collectors.joining("; "));
            throw new IllegalStateException("Demo org import failed with " + result.errors().size()
                    + " errors, first: " + first);
        }
    }

    private void create(DemoAccount account) {
        Long orgId = account.orgCode() == null ? null : unitId(account.orgCode());
        List<Long> assigned = account.assignedCodes().stream().map(this::unitId).toList();
        long roleId = accounts.roleByCode(account.roleCode()).map(Role::id)
                .orElseThrow(() -> new IllegalStateException("no role " + account.roleCode()));
        accounts.create(CurrentUser.system(), new UserCommand(account.username(), account.displayName(), orgId,
                roleId, null, true, assigned, properties.password()), true);
    }

    private long unitId(String code) {
        return directory.findByCode(DataScope.all(0), code).map(OrgUnit::id)
                .orElseThrow(() -> new IllegalStateException("demo unit missing: " + code));
    }
}
