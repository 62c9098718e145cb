package com.cohortdesk.dashboard;

import java.time.Instant;
import java.util.List;

/** The administrator's five charts, for every cohort or one. */
public record ProgrammeCharts(List<ChartFigure> charts, Instant computedAt) {}
