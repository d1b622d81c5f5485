/* sc-metrics.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One number everywhere (PRODUCT.md §2.4): every figure the scorecard, the
 * dashboard, the charts, the reviews, the workbook and the PDF show is
 * computed here, from the store, by the rules of §3.2:
 *
 *  - the target of a period is the per-period override if there is one,
 *    else the version in force at the period's start, lowered to the
 *    declared level in shutdown weeks (flows only: sums);
 *  - a month, quarter or year rolls weeks up by the KPI's rule: sum,
 *    average, last value, or ratio of the two sums (a quarter's win rate is
 *    won ÷ decided over the quarter, not the mean of weekly rates);
 *  - status compares actual and target in the KPI's direction, with its
 *    watch tolerance.
 *
 * Figures are in natural units: dollars, counts, percentage points, days.
 */

#pragma once

#include "sc-kpi.h"
#include "sc-store.h"

G_BEGIN_DECLS

typedef struct
{
  double    actual;        /* NAN: no value in the period */
  double    target;        /* NAN: no target */
  ScStatus  status;
  gboolean  provisional;   /* some value in the period is an estimate */
  guint     n_values;      /* values found in the period */
  guint     n_periods;     /* weeks (weekly KPI) or months (monthly KPI) counted */
  double    numerator;     /* ratio KPIs: Σ numerators, natural units */
  double    denominator;   /* ratio KPIs: Σ denominators */
} ScFigure;

#define SC_TYPE_METRICS (sc_metrics_get_type ())

G_DECLARE_FINAL_TYPE (ScMetrics, sc_metrics, SC, METRICS, GObject)

/* The metrics of a store (made on first use, kept with the store; it
 * follows the store's changes). */
ScMetrics *sc_metrics_for_store      (ScStore         *store);
ScStore   *sc_metrics_get_store      (ScMetrics       *self);

/* The target of one entry period of the KPI: a week start (weekly KPI)
 * or the first day of a month (monthly KPI). NAN when none. */
double     sc_metrics_entry_target   (ScMetrics       *self,
                                      ScKpi           *kpi,
                                      ScDay            period);

/* The KPI over a period of the calendar (week, month, quarter, year),
 * counting only entry periods that start on or before until (pass
 * SC_DAY_NONE for no limit): a period in progress is compared with its
 * target to date. */
void       sc_metrics_figure         (ScMetrics       *self,
                                      ScKpi           *kpi,
                                      const ScPeriod  *period,
                                      ScDay            until,
                                      ScFigure        *figure);

/* The figure of the scorecard's cell for a week: the week itself, or the
 * rolling window of the KPI ending with it (the 13-week win rate); for a
 * monthly KPI, the month that contains the week. */
void       sc_metrics_week_cell      (ScMetrics       *self,
                                      ScKpi           *kpi,
                                      ScDay            week,
                                      ScFigure        *figure);

/* The entry period (week start or month start) a week falls in for the
 * KPI: the week itself, or its month by the Thursday rule. */
ScDay      sc_metrics_entry_period   (ScMetrics       *self,
                                      ScKpi           *kpi,
                                      ScDay            week);

/* Whether the week is a declared shutdown week. */
gboolean   sc_metrics_is_shutdown    (ScMetrics       *self,
                                      ScDay            week);

/* Status of an actual against a target for the KPI (§3.2). */
ScStatus   sc_metrics_status         (ScKpi           *kpi,
                                      double           actual,
                                      double           target);

/* Variance actual − target, and in % of the target (NAN when the target
 * is 0 or either is missing). */
double     sc_figure_variance        (const ScFigure  *figure);
double     sc_figure_variance_percent (const ScFigure *figure);
gboolean   sc_figure_has_actual      (const ScFigure  *figure);
gboolean   sc_figure_has_target      (const ScFigure  *figure);

/* The KPI's latest figure on or before until (a week): its entry period
 * in *period (week start or month start) and the figure as the scorecard
 * shows it. FALSE when the KPI has no figure yet. */
gboolean   sc_metrics_latest         (ScMetrics       *self,
                                      ScKpi           *kpi,
                                      ScDay            until,
                                      ScDay           *period,
                                      ScFigure        *figure);

typedef struct
{
  ScKpi *kpi;                /* borrowed */
  ScDay  period;             /* the week (or month) without a figure */
} ScMissing;

/* Figures not typed for the finished weeks from … before (and finished
 * months for monthly KPIs), for the active KPIs, oldest first. A KPI is
 * not expected before it was created. */
GArray    *sc_metrics_missing        (ScMetrics       *self,
                                      ScDay            from,
                                      ScDay            before);

/* The active KPIs in scorecard order (a new array of borrowed records). */
GPtrArray *sc_metrics_active_kpis    (ScMetrics       *self);

G_END_DECLS
