package org.edugov.demo;

import org.edugov.registry.RegistryBulkLoad;
import org.edugov.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Writes a generated registry through the registry's bulk load (COPY, a chunk at a time) in the caller's
 * transaction: profiles, facilities, past years' flows, classes, then pupils with their events, teachers with their postings, and
 * population cohorts.
 */
@Component
class DemoRegistryLoader {

    /** What was written. */
    record Loaded(long schools, long classes, long pupils, long teachers, long cohorts) {
    }

    private final RegistryBulkLoad bulk;

    DemoRegistryLoader(RegistryBulkLoad bulk) {
        this.bulk = bulk;
    }

    boolean registryIsEmpty() {
        return bulk.isEmpty();
    }

    Loaded load(DemoRegistry registry) {
        Actor actor = Actor.system();
        long schools = bulk.schools(actor, registry.schools()::iterator);
        bulk.schoolYears(actor, registry.schoolYears()::iterator);
        bulk.flows(actor, registry.flows()::iterator);
        long classes = bulk.classes(actor, registry.classes()::iterator);
        long pupils = bulk.pupils(actor, registry.schoolYear(), registry.pupils()::iterator);
        long teachers = bulk.teachers(actor, registry.teachers()::iterator);
        long cohorts = bulk.population(actor, registry.population()::iterator);
        return new Loaded(schools, classes, pupils, teachers, cohorts);
    }
}
