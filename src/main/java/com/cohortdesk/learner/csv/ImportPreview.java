package com.cohortdesk.learner.csv;

import java.util.List;

/** What an import file would do: the learners it would add and everything wrong with it. */
public record ImportPreview(List<ImportRow> rows, List<ImportProblem> problems) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    static ImportPreview ofProblem(ImportProblem problem) {
        return new ImportPreview(List.of(), List.of(problem));
    }

    /** Clean when there is no problem and at least one learner. */
    public boolean isClean() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    /** "148 learners ready to import" or "12 problems found; fix the file and upload it again". */
    public String summary() {
        if (!problems.isEmpty()) {
            return plural(problems.size(), "problem") + " found; fix the file and upload it again";
        }
        return plural(rows.size(), "learner") + " ready to import";
    }

    /** The first few problems as one text, for refusing an import. */
    public String firstProblems(int count) {
        var shown = problems.stream().limit(count).map(ImportProblem::describe).toList();
        var more = problems.size() > count ? " (and " + plural(problems.size() - count, "more problem") + ")" : "";
        return String.join(" ", shown) + more;
    }

    static String plural(int count, String noun) {
        return String.format("%,d", count) + " " + noun + (count == 1 ? "" : "s");
    }
}
