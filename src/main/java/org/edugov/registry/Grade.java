package org.edugov.registry;

import org.edugov.shared.Stage;

/**
 * Grades as the registry stores them (dict {@code GRADE}), with the stage each belongs to and the age
 * (周岁 on 9月1日) at which a pupil normally starts it.
 */
public enum Grade {
    K1(Stage.PRESCHOOL, 3), K2(Stage.PRESCHOOL, 4), K3(Stage.PRESCHOOL, 5),
    P1(Stage.PRIMARY, 6), P2(Stage.PRIMARY, 7), P3(Stage.PRIMARY, 8), P4(Stage.PRIMARY, 9), P5(Stage.PRIMARY, 10),
    P6(Stage.PRIMARY, 11),
    J1(Stage.JUNIOR, 12), J2(Stage.JUNIOR, 13), J3(Stage.JUNIOR, 14),
    S1(Stage.SENIOR, 15), S2(Stage.SENIOR, 16), S3(Stage.SENIOR, 17),
    V1(Stage.VOCATIONAL, 15), V2(Stage.VOCATIONAL, 16), V3(Stage.VOCATIONAL, 17);

    private final Stage stage;
    private final int typicalAge;

    Grade(Stage stage, int typicalAge) {
        this.stage = stage;
        this.typicalAge = typicalAge;
    }

    public Stage stage() {
        return stage;
    }

    public int typicalAge() {
        return typicalAge;
    }

    /** The grade a pupil moves to after this one within the same stage, or null at the stage's end. */
    public Grade next() {
        Grade[] all = values();
        return ordinal() + 1 < all.length && all[ordinal() + 1].stage == stage ? all[ordinal() + 1] : null;
    }
}
