package com.cohortdesk.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The cohort and term filters of the pages that show one cohort's term ({@code ?cohort=3&term=1}): a cohort combo box
 * and a term select with "Every term", with ids {@code <prefix>-cohort} and {@code <prefix>-term}. The address is read
 * without trusting it: an id that is not a number or names no listed cohort, and a term outside 1 to the number of
 * terms, are ignored.
 *
 * @param <C> the cohort as the page lists it (the feature's own summary type)
 */
public class CohortTermFilter<C> {

    private final ComboBox<C> cohort = new ComboBox<>();
    private final Select<Integer> term = new Select<>();
    private final ToLongFunction<C> idOf;
    private final List<String> termLabels;

    /**
     * @param termLabels the terms' labels, term 1 first
     */
    public CohortTermFilter(
            String idPrefix,
            List<C> cohorts,
            ItemLabelGenerator<C> name,
            ToLongFunction<C> idOf,
            List<String> termLabels) {
        this.idOf = idOf;
        this.termLabels = List.copyOf(termLabels);
        cohort.setPlaceholder("Cohort");
        cohort.setAriaLabel("Cohort");
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(name);
        cohort.setId(idPrefix + "-cohort");
        term.setItems(IntStream.rangeClosed(1, termLabels.size()).boxed().toList());
        term.setItemLabelGenerator(t -> t == null ? "Every term" : this.termLabels.get(t - 1));
        term.setEmptySelectionAllowed(true);
        term.setEmptySelectionCaption("Every term");
        term.setAriaLabel("Term");
        term.setId(idPrefix + "-term");
    }

    public ComboBox<C> cohortField() {
        return cohort;
    }

    public Select<Integer> termField() {
        return term;
    }

    public @Nullable C cohort() {
        return cohort.getValue();
    }

    public @Nullable Integer term() {
        return term.getValue();
    }

    /** The chosen cohort's id, or null. */
    public @Nullable Long cohortId() {
        var chosen = cohort.getValue();
        return chosen == null ? null : idOf.applyAsLong(chosen);
    }

    /** The listed cohort the address names ({@code cohort=id}), if any. */
    public Optional<C> cohortIn(QueryParameters address) {
        return cohortId(address)
                .flatMap(id -> cohort.getListDataView()
                        .getItems()
                        .filter(c -> idOf.applyAsLong(c) == id)
                        .findFirst());
    }

    /** Selects what the address names and leaves the rest as it is. */
    public void read(QueryParameters address) {
        cohortIn(address).ifPresent(cohort::setValue);
        term(address, termLabels.size()).ifPresent(term::setValue);
    }

    /** The {@code cohort} parameter when it is a number. */
    public static Optional<Long> cohortId(QueryParameters address) {
        return address.getSingleParameter("cohort").flatMap(QueryParams::parseLong);
    }

    /** The {@code term} parameter when it is a term of the programme (1 to {@code terms}). */
    public static Optional<Integer> term(QueryParameters address, int terms) {
        return address.getSingleParameter("term")
                .flatMap(QueryParams::parseLong)
                .filter(t -> t >= 1 && t <= terms)
                .map(Long::intValue);
    }
}
