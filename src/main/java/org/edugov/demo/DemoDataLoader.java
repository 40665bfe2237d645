package org.edugov.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.edugov.org.CurrentUser;
import org.edugov.org.ImportResult;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgTreeImport;
import org.edugov.org.OrgUnit;
import org.edugov.org.Role;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.edugov.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills an empty database with the synthetic region and its demo accounts when the demo profile is on. */
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

    DemoDataLoader(DemoProperties properties, OrgDirectory directory, OrgTreeImport treeImport,
            UserAccountService accounts, DemoRegistryLoader registry) {
        this.registry = registry;
        if (!properties.hasPassword()) {
            throw new IllegalStateException("edugov.demo.password must be set for the demo profile");
        }
        this.properties = properties;
        this.directory = directory;
        this.treeImport = treeImport;
        this.accounts = accounts;
    }

    /** One transaction: if an account fails, the units roll back too and the next start tries again. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!directory.isEmpty()) {
            log.info("Org tree already has units; demo data not loaded");
            return;
        }
        long start = System.nanoTime();
        DemoCity city = DemoCity.generate(properties.scale(), properties.seed());
        importUnits(city);
        city.accounts().forEach(this::create);
        int pupils = properties.pupils() && properties.scale() == DemoScale.CITY ? registry.load(city) : 0;
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        log.info("Demo data ({} scale, seed {}): {} org units, {} accounts and {} pupils loaded in {} ms",
                properties.scale(), properties.seed(), city.units().size(), city.accounts().size(), pupils, elapsedMs);
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
