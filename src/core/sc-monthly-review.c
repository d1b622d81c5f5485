/* sc-monthly-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The monthly variance review: the month due, the pace, the session and
 * its lines. Actions and saving are in sc-monthly-review-save.c, what it
 * says in words in sc-monthly-review-content.c.
 */

#define G_LOG_DOMAIN "sc-monthly-review"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-monthly-review-private.h"

G_DEFINE_FINAL_TYPE (ScMonthlyReviewSession, sc_monthly_review_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (sc-monthly-review-error-quark, sc_monthly_review_error)

static void
variance_line_free (gpointer data)
{
  ScVarianceLine *line = data;

  g_clear_object (&line->kpi);
  g_clear_object (&line->action);
  g_free (line->cause);
  g_free (line->countermeasure);
  g_free (line);
}

static char *
strip (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Months ------------------------------------------------------------------ */

static gboolean
month_is_over (ScStore        *store,
               const ScPeriod *month)
{
  return month->last_week + 7 <= sc_store_get_today (store);
}

gboolean
sc_monthly_review_due_month (ScStore *store,
                             int     *year,
                             int     *month)
{
  ScCompany *company;
  ScCalendar cal;
  ScPeriod period;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  sc_store_get_calendar (store, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_MONTH, sc_store_get_today (store), &period);
  if (!month_is_over (store, &period))
    sc_calendar_period_shift (&cal, &period, -1, &period);

  /* A month before the company's file began has nothing to review. */
  company = sc_store_get_company (store);
  if (period.last_day < sc_record_get_date (SC_RECORD (company), SC_COMPANY_CREATED))
    return FALSE;
  if (sc_monthly_review_find (store, period.year, period.index) != NULL)
    return FALSE;

  *year = period.year;
  *month = period.index;
  return TRUE;
}

ScMonthlyReview *
sc_monthly_review_find (ScStore *store,
                        int      year,
                        int      month)
{
  GListModel *reviews;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  reviews = sc_store_get_list (store, &sc_monthly_review_table);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (reviews, i);

      if (sc_record_get_int (r, SC_MONTHLY_REVIEW_YEAR) == year &&
          sc_record_get_int (r, SC_MONTHLY_REVIEW_MONTH) == month)
        return SC_MONTHLY_REVIEW (r);
    }
  return NULL;
}

/* The pace ---------------------------------------------------------------- */

/* The level the remaining periods need, by the roll-up (see the header). */
static double
needed_level (ScKpi          *kpi,
              const ScPace   *pace,
              guint           m)
{
  const ScFigure *td = &pace->to_date;
  double target = pace->quarter.target;
  double scale;

  switch (sc_kpi_get_rollup (kpi))
    {
    case SC_ROLLUP_SUM:
      return (target - (sc_figure_has_actual (td) ? td->actual : 0)) / m;
    case SC_ROLLUP_AVERAGE:
      if (!sc_figure_has_actual (td))
        return target;
      return (target * (td->n_values + m) - td->actual * td->n_values) / m;
    case SC_ROLLUP_RATIO:
      {
        double expected;

        if (td->denominator <= 0 || td->n_periods == 0)
          return target;
        scale = sc_kpi_get_unit (kpi) == SC_UNIT_PERCENT ? 100.0 : 1.0;
        expected = td->denominator / td->n_periods * m;
        return (target / scale * (td->denominator + expected) - td->numerator) / expected * scale;
      }
    case SC_ROLLUP_LAST:
    default:
      return target;
    }
}

static ScPaceState
pace_state (ScKpi  *kpi,
            double  value)
{
  gboolean higher = sc_kpi_get_direction (kpi) == SC_DIRECTION_HIGHER;

  if (higher && value <= 0)
    return SC_PACE_REACHED;
  if (!higher && value < 0)
    return SC_PACE_OUT_OF_REACH;
  if (higher && sc_kpi_get_rollup (kpi) == SC_ROLLUP_RATIO &&
      sc_kpi_get_unit (kpi) == SC_UNIT_PERCENT && value > 100)
    return SC_PACE_OUT_OF_REACH;
  return SC_PACE_NEEDED;
}

void
sc_monthly_review_pace (ScMetrics      *metrics,
                        ScKpi          *kpi,
                        const ScPeriod *month,
                        ScPace         *pace)
{
  ScStore *store;
  ScCalendar cal;
  ScPeriod quarter;

  g_return_if_fail (SC_IS_METRICS (metrics));
  g_return_if_fail (SC_IS_KPI (kpi));
  g_return_if_fail (month != NULL && pace != NULL);

  store = sc_metrics_get_store (metrics);
  sc_store_get_calendar (store, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_QUARTER, month->first_week, &quarter);

  pace->state = SC_PACE_NONE;
  pace->value = NAN;
  pace->planned = NAN;
  pace->per = sc_kpi_get_frequency (kpi);
  sc_metrics_figure (metrics, kpi, &quarter, SC_DAY_NONE, &pace->quarter);
  sc_metrics_figure (metrics, kpi, &quarter, month->last_week, &pace->to_date);
  pace->n_remaining = pace->quarter.n_periods - pace->to_date.n_periods;

  if (pace->n_remaining == 0 || !sc_figure_has_target (&pace->quarter))
    return;

  if (sc_kpi_get_rollup (kpi) == SC_ROLLUP_SUM)
    pace->planned = (pace->quarter.target -
                     (sc_figure_has_target (&pace->to_date) ? pace->to_date.target : 0)) /
                    pace->n_remaining;
  else
    pace->planned = pace->quarter.target;

  pace->value = needed_level (kpi, pace, pace->n_remaining);
  pace->state = pace_state (kpi, pace->value);
}

gboolean
sc_monthly_review_favourable (ScKpi          *kpi,
                              const ScFigure *figure)
{
  g_return_val_if_fail (SC_IS_KPI (kpi), FALSE);

  if (!sc_figure_has_actual (figure) || !sc_figure_has_target (figure))
    return FALSE;
  if (sc_kpi_get_direction (kpi) == SC_DIRECTION_LOWER)
    return figure->actual <= figure->target;
  return figure->actual >= figure->target;
}

/* The session -------------------------------------------------------------- */

static void
sc_monthly_review_session_finalize (GObject *object)
{
  ScMonthlyReviewSession *self = SC_MONTHLY_REVIEW_SESSION (object);

  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_free (self->notes);

  G_OBJECT_CLASS (sc_monthly_review_session_parent_class)->finalize (object);
}

static void
sc_monthly_review_session_class_init (ScMonthlyReviewSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_monthly_review_session_finalize;
}

static void
sc_monthly_review_session_init (ScMonthlyReviewSession *self)
{
  self->lines = g_ptr_array_new_with_free_func (variance_line_free);
  self->notes = g_strdup ("");
}

/* The figures of the line's KPI as the file says now. */
static void
compute_line (ScMonthlyReviewSession *self,
              ScVarianceLine         *line)
{
  ScMetrics *metrics = sc_metrics_for_store (self->store);
  ScCalendar cal;
  ScPeriod year;

  sc_store_get_calendar (self->store, &cal);
  sc_calendar_year (&cal, self->month.fiscal_year, &year);
  sc_metrics_figure (metrics, line->kpi, &self->month, SC_DAY_NONE, &line->month);
  sc_metrics_figure (metrics, line->kpi, &year, self->month.last_week, &line->year_to_date);
  sc_monthly_review_pace (metrics, line->kpi, &self->month, &line->pace);
  line->month_now = line->month;
}

static ScMonthlyReviewSession *
session_new (ScStore *store,
             int      year,
             int      month)
{
  ScMonthlyReviewSession *self = g_object_new (SC_TYPE_MONTHLY_REVIEW_SESSION, NULL);
  ScCalendar cal;

  self->store = g_object_ref (store);
  sc_store_get_calendar (store, &cal);
  sc_calendar_month (&cal, year, month, &self->month);
  return self;
}

ScMonthlyReviewSession *
sc_monthly_review_session_new (ScStore  *store,
                               int       year,
                               int       month,
                               GError  **error)
{
  g_autoptr(ScMonthlyReviewSession) self = NULL;
  g_autoptr(GPtrArray) kpis = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  self = session_new (store, year, month);
  if (sc_monthly_review_find (store, year, month) != NULL)
    {
      g_set_error_literal (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_EXISTS,
                           _("This month has been reviewed already: open its review."));
      return NULL;
    }
  if (!month_is_over (store, &self->month))
    {
      g_set_error_literal (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NOT_OVER,
                           _("A month is reviewed once its last week has ended."));
      return NULL;
    }

  kpis = sc_metrics_active_kpis (sc_metrics_for_store (store));
  for (guint i = 0; i < kpis->len; i++)
    {
      ScVarianceLine *line = g_new0 (ScVarianceLine, 1);

      line->kpi = g_object_ref (g_ptr_array_index (kpis, i));
      line->cause = g_strdup ("");
      line->countermeasure = g_strdup ("");
      compute_line (self, line);
      g_ptr_array_add (self->lines, line);
    }
  return g_steal_pointer (&self);
}

static double
snapshot_amount (ScRecord *row,
                 guint     column)
{
  if (sc_record_is_null (row, column))
    return NAN;
  return sc_amount_to_double (sc_record_get_int (row, column));
}

/* Whether two figures differ at the precision the file keeps. */
static gboolean
amounts_differ (double a,
                double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) != isnan (b);
  return sc_amount_from_double (a) != sc_amount_from_double (b);
}

static ScVarianceLine *
line_from_snapshot (ScMonthlyReviewSession *self,
                    ScRecord               *row,
                    ScKpi                  *kpi)
{
  ScVarianceLine *line = g_new0 (ScVarianceLine, 1);
  gint64 action_id = sc_record_get_ref (row, SC_REVIEW_LINE_ACTION_ID);
  ScRecord *action = action_id ? sc_store_lookup (self->store, &sc_action_table, action_id) : NULL;

  line->kpi = g_object_ref (kpi);
  line->cause = g_strdup (sc_record_get_text (row, SC_REVIEW_LINE_CAUSE));
  line->countermeasure = g_strdup (sc_record_get_text (row, SC_REVIEW_LINE_COUNTERMEASURE));
  line->action = action ? g_object_ref (SC_ACTION (action)) : NULL;
  compute_line (self, line);

  /* What was seen stays what was seen. */
  line->month.target = snapshot_amount (row, SC_REVIEW_LINE_TARGET);
  line->month.actual = snapshot_amount (row, SC_REVIEW_LINE_ACTUAL);
  line->month.status = sc_record_get_int (row, SC_REVIEW_LINE_STATUS);
  line->changed = amounts_differ (line->month.actual, line->month_now.actual) ||
                  amounts_differ (line->month.target, line->month_now.target);
  return line;
}

ScMonthlyReviewSession *
sc_monthly_review_session_open (ScStore  *store,
                                gint64    review_id,
                                GError  **error)
{
  g_autoptr(ScMonthlyReviewSession) self = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ScRecord *review;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  review = sc_store_lookup (store, &sc_monthly_review_table, review_id);
  if (review == NULL)
    {
      g_set_error_literal (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NOT_FOUND,
                           _("This review is no longer in the company file."));
      return NULL;
    }
  rows = sc_store_query_children (store, &sc_review_line_table, SC_REVIEW_LINE_REVIEW_ID,
                                  review_id, error);
  if (rows == NULL)
    return NULL;

  self = session_new (store, sc_record_get_int (review, SC_MONTHLY_REVIEW_YEAR),
                      sc_record_get_int (review, SC_MONTHLY_REVIEW_MONTH));
  self->review_id = review_id;
  self->read_only = TRUE;
  self->done_on = sc_record_get_date (review, SC_MONTHLY_REVIEW_DONE_ON);
  g_free (self->notes);
  self->notes = g_strdup (sc_record_get_text (review, SC_MONTHLY_REVIEW_NOTES));

  for (guint i = 0; i < rows->len; i++)
    {
      ScRecord *row = g_ptr_array_index (rows, i);
      ScRecord *kpi = sc_store_lookup (store, &sc_kpi_table,
                                       sc_record_get_ref (row, SC_REVIEW_LINE_KPI_ID));

      if (kpi != NULL)
        g_ptr_array_add (self->lines, line_from_snapshot (self, row, SC_KPI (kpi)));
    }
  return g_steal_pointer (&self);
}

ScStore *
sc_monthly_review_session_get_store (ScMonthlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), NULL);
  return self->store;
}

const ScPeriod *
sc_monthly_review_session_get_month (ScMonthlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), NULL);
  return &self->month;
}

gboolean
sc_monthly_review_session_get_read_only (ScMonthlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), TRUE);
  return self->read_only;
}

gint64
sc_monthly_review_session_get_review_id (ScMonthlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), 0);
  return self->review_id;
}

ScDay
sc_monthly_review_session_get_done_on (ScMonthlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), SC_DAY_NONE);
  return self->done_on;
}

guint
sc_monthly_review_session_get_n_lines (ScMonthlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), 0);
  return self->lines->len;
}

const ScVarianceLine *
sc_monthly_review_session_get_line (ScMonthlyReviewSession *self,
                                    guint                   index)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);
  return g_ptr_array_index (self->lines, index);
}

int
sc_monthly_review_session_find_line (ScMonthlyReviewSession *self,
                                     gint64                  kpi_id)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), -1);

  for (guint i = 0; i < self->lines->len; i++)
    {
      ScVarianceLine *line = g_ptr_array_index (self->lines, i);

      if (sc_record_get_id (SC_RECORD (line->kpi)) == kpi_id)
        return (int) i;
    }
  return -1;
}

gboolean
_sc_monthly_review_is_missing (const ScVarianceLine *line)
{
  return line->month.status == SC_STATUS_OFF_TARGET &&
         (*line->cause == '\0' || *line->countermeasure == '\0');
}

guint
sc_monthly_review_session_count_missing (ScMonthlyReviewSession *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), 0);

  for (guint i = 0; i < self->lines->len; i++)
    n += _sc_monthly_review_is_missing (g_ptr_array_index (self->lines, i));
  return n;
}

ScVarianceLine *
_sc_monthly_review_editable_line (ScMonthlyReviewSession *self,
                                  guint                   index)
{
  if (self->read_only || index >= self->lines->len)
    return NULL;
  return g_ptr_array_index (self->lines, index);
}

void
sc_monthly_review_session_set_cause (ScMonthlyReviewSession *self,
                                     guint                   index,
                                     const char             *cause)
{
  ScVarianceLine *line;

  g_return_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self));

  if ((line = _sc_monthly_review_editable_line (self, index)) == NULL)
    return;
  g_free (line->cause);
  line->cause = strip (cause);
}

void
sc_monthly_review_session_set_countermeasure (ScMonthlyReviewSession *self,
                                              guint                   index,
                                              const char             *text)
{
  ScVarianceLine *line;

  g_return_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self));

  if ((line = _sc_monthly_review_editable_line (self, index)) == NULL)
    return;
  g_free (line->countermeasure);
  line->countermeasure = strip (text);
  /* The action says what the countermeasure says. */
  if (line->action != NULL && *line->countermeasure != '\0')
    sc_record_set_text (SC_RECORD (line->action), SC_ACTION_TITLE, line->countermeasure);
}

const char *
sc_monthly_review_session_get_notes (ScMonthlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), "");
  return self->notes;
}

void
sc_monthly_review_session_set_notes (ScMonthlyReviewSession *self,
                                     const char             *notes)
{
  g_return_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self));

  if (self->read_only)
    return;
  g_free (self->notes);
  self->notes = strip (notes);
}
