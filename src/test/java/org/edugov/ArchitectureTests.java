package org.edugov;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edugov.shared.Permissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** House rules from STYLE.md that Spring Modulith does not check. */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.edugov");

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(MAIN);
    }

    @Test
    void javaTimeOnly() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Timestamp")
                .check(MAIN);
    }

    @Test
    void sharedValueTypesAndRulesAreFreeOfSpring() {
        noClasses().that().resideInAPackage("org.edugov.shared..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(MAIN);
        noClasses().that().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(MAIN);
    }

    @Test
    void controllersArePackagePrivate() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().bePublic().check(MAIN);
    }

    /** Deny by default: a handler without an explicit permission check does not pass review. */
    @Test
    void everyHandlerMethodDeclaresItsAuthorization() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }

    @Test
    void everyCheckedAuthorityIsAKnownPermission() {
        Pattern authority = Pattern.compile("'([a-z]+:[a-z]+:[a-z]+)'");
        List<String> used = MAIN.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(PreAuthorize.class))
                .map(ArchitectureTests::expression)
                .flatMap(e -> {
                    Matcher m = authority.matcher(e);
                    return m.results().map(r -> r.group(1));
                })
                .toList();
        assertThat(used).isNotEmpty();
        assertThat(Permissions.ALL).containsAll(used);
    }

    private static String expression(JavaMethod method) {
        return method.getAnnotationOfType(PreAuthorize.class).value();
    }
}
