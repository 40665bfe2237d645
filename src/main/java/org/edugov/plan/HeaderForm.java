package org.edugov.plan;

/** The plan header as the editor's form sends it; numbers arrive as text and are checked by {@link PlanEditRules}. */
record HeaderForm(String title, String issuer, String documentNo, String publishedOn, String periodFrom,
        String periodTo) {
}
