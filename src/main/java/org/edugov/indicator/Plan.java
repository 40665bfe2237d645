package org.edugov.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The definitions of a run compiled into columns per fact: identical terms of different indicators share one
 * column, and each definition keeps references (fact, column, coefficient) for its numerator and denominator.
 */
final class Plan {

    record Ref(Fact fact, int column, BigDecimal coefficient) {
    }

    private final List<Definition> definitions;
    private final Map<Fact, Map<Expression.Term, Integer>> columns = new EnumMap<>(Fact.class);
    private final Map<Long, List<Ref>> numerators = new LinkedHashMap<>();
    private final Map<Long, List<Ref>> denominators = new LinkedHashMap<>();

    Plan(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
        for (Definition d : definitions) {
            numerators.put(d.id(), refs(d.numeratorExpression()));
            denominators.put(d.id(), refs(d.denominatorExpression()));
        }
    }

    private List<Ref> refs(Expression e) {
        List<Ref> refs = new ArrayList<>();
        for (Expression.Term t : e.terms()) {
            Expression.Term key = new Expression.Term(BigDecimal.ONE, t.fact(), t.measure(), t.conditions());
            Map<Expression.Term, Integer> cols = columns.computeIfAbsent(t.fact(), f -> new LinkedHashMap<>());
            int index = cols.computeIfAbsent(key, k -> cols.size());
            refs.add(new Ref(t.fact(), index, t.coefficient()));
        }
        return refs;
    }

    List<Definition> definitions() {
        return definitions;
    }

    Map<Fact, List<Expression.Term>> columns() {
        Map<Fact, List<Expression.Term>> out = new EnumMap<>(Fact.class);
        columns.forEach((fact, cols) -> out.put(fact, List.copyOf(cols.keySet())));
        return out;
    }

    List<Ref> numerator(long definitionId) {
        return numerators.get(definitionId);
    }

    List<Ref> denominator(long definitionId) {
        return denominators.get(definitionId);
    }
}
