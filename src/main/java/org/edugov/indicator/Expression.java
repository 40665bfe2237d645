package org.edugov.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A numerator or denominator: a signed sum of terms, each a fact (optionally one of its measures) filtered by
 * conditions, e.g. {@code pupils[stage=PRESCHOOL, ownership=1] + pupils[stage=PRESCHOOL, inclusive=true]}.
 */
record Expression(List<Term> terms) {

    Expression {
        terms = List.copyOf(terms);
    }

    Set<Fact> facts() {
        return terms.stream().map(Term::fact).collect(Collectors.toSet());
    }

    /** One summand: {@code coefficient × Σ measure} over the fact's records meeting every condition. */
    record Term(BigDecimal coefficient, Fact fact, String measure, List<Condition> conditions) {

        Term {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * {@code key=a}, {@code key=a|b} (any of), {@code key!=a|b} (none of), {@code key=3..5} (inclusive range,
     * integers only).
     */
    record Condition(Dimension dimension, Op op, List<String> values) {

        Condition {
            values = List.copyOf(values);
        }
    }

    enum Op {
        IN, NOT_IN, RANGE
    }
}
