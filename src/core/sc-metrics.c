/* sc-metrics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-metrics"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-metrics.h"

typedef struct
{
  ScDay  effective;
  gint64 value;
} TargetVersion;

struct _ScMetrics
{
  GObject     parent_instance;

  ScStore    *store;       /* not a reference: the store owns us */
  GHashTable *targets;     /* kpi id → GArray of TargetVersion, by effective day */
  GHashTable *overrides;   /* "kpi:day" key → value */
  GHashTable *shutdowns;   /* day → level (hundredths of %) */
};

G_DEFINE_FINAL_TYPE (ScMetrics, sc_metrics, G_TYPE_OBJECT)

static void
clear_caches (ScMetrics *self)
{
  g_clear_pointer (&self->targets, g_hash_table_unref);
  g_clear_pointer (&self->overrides, g_hash_table_unref);
  g_clear_pointer (&self->shutdowns, g_hash_table_unref);
}

static void
on_store_changed_cb (ScMetrics         *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  if (table == &sc_target_table || table == &sc_override_table || table == &sc_shutdown_table)
    clear_caches (self);
}

static void
sc_metrics_finalize (GObject *object)
{
  clear_caches (SC_METRICS (object));

  G_OBJECT_CLASS (sc_metrics_parent_class)->finalize (object);
}

static void
sc_metrics_class_init (ScMetricsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_metrics_finalize;
}

static void
sc_metrics_init (ScMetrics *self)
{
}

ScMetrics *
sc_metrics_for_store (ScStore *store)
{
  ScMetrics *self;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), "sc-metrics");
  if (self != NULL)
    return self;

  self = g_object_new (SC_TYPE_METRICS, NULL);
  self->store = store;
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (store), "sc-metrics", self, g_object_unref);
  return self;
}

ScStore *
sc_metrics_get_store (ScMetrics *self)
{
  g_return_val_if_fail (SC_IS_METRICS (self), NULL);
  return self->store;
}

/* Caches ----------------------------------------------------------------- */

static int
compare_versions (gconstpointer a,
                  gconstpointer b)
{
  const TargetVersion *x = a, *y = b;

  return (x->effective > y->effective) - (x->effective < y->effective);
}

static void
load_targets (ScMetrics *self)
{
  GListModel *list = sc_store_get_list (self->store, &sc_target_table);

  self->targets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                         (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScRecord) t = g_list_model_get_item (list, i);
      gint64 kpi = sc_record_get_ref (t, SC_TARGET_KPI_ID);
      GArray *versions = g_hash_table_lookup (self->targets, &kpi);
      TargetVersion v = {
        sc_record_get_date (t, SC_TARGET_EFFECTIVE),
        sc_record_get_int (t, SC_TARGET_VALUE),
      };

      if (versions == NULL)
        {
          versions = g_array_new (FALSE, FALSE, sizeof (TargetVersion));
          g_hash_table_insert (self->targets, g_memdup2 (&kpi, sizeof kpi), versions);
        }
      g_array_append_val (versions, v);
    }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, self->targets);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_array_sort (value, compare_versions);
  }
}

static char *
override_key (gint64 kpi,
              ScDay  day)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%u", kpi, day);
}

static void
load_overrides (ScMetrics *self)
{
  GListModel *list = sc_store_get_list (self->store, &sc_override_table);
  GListModel *shutdowns = sc_store_get_list (self->store, &sc_shutdown_table);

  self->overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScRecord) o = g_list_model_get_item (list, i);

      g_hash_table_insert (self->overrides,
                           override_key (sc_record_get_ref (o, SC_OVERRIDE_KPI_ID),
                                         sc_record_get_date (o, SC_OVERRIDE_PERIOD)),
                           g_memdup2 (&(gint64) { sc_record_get_int (o, SC_OVERRIDE_VALUE) },
                                      sizeof (gint64)));
    }

  self->shutdowns = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (shutdowns); i++)
    {
      g_autoptr(ScRecord) s = g_list_model_get_item (shutdowns, i);

      g_hash_table_insert (self->shutdowns,
                           GUINT_TO_POINTER (sc_record_get_date (s, SC_SHUTDOWN_PERIOD)),
                           GINT_TO_POINTER ((int) sc_record_get_int (s, SC_SHUTDOWN_LEVEL) + 1));
    }
}

static void
ensure_caches (ScMetrics *self)
{
  if (self->targets == NULL)
    load_targets (self);
  if (self->overrides == NULL)
    load_overrides (self);
}

/* Targets ---------------------------------------------------------------- */

gboolean
sc_metrics_is_shutdown (ScMetrics *self,
                        ScDay      week)
{
  g_return_val_if_fail (SC_IS_METRICS (self), FALSE);

  ensure_caches (self);
  return g_hash_table_contains (self->shutdowns, GUINT_TO_POINTER (week));
}

double
sc_metrics_entry_target (ScMetrics *self,
                         ScKpi     *kpi,
                         ScDay      period)
{
  gint64 id = sc_record_get_id (SC_RECORD (kpi));
  g_autofree char *key = override_key (id, period);
  const gint64 *override;
  GArray *versions;
  const TargetVersion *found = NULL;
  double target;
  int level;

  g_return_val_if_fail (SC_IS_METRICS (self), NAN);

  ensure_caches (self);

  override = g_hash_table_lookup (self->overrides, key);
  if (override != NULL)
    return sc_amount_to_double (*override);

  versions = g_hash_table_lookup (self->targets, &id);
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    {
      const TargetVersion *v = &g_array_index (versions, TargetVersion, i);

      if (v->effective > period)
        break;
      found = v;
    }
  if (found == NULL)
    return NAN;

  target = sc_amount_to_double (found->value);

  /* A shutdown week lowers the flows (sales, quotes sent…); a rate or an
   * average keeps its level. */
  level = GPOINTER_TO_INT (g_hash_table_lookup (self->shutdowns, GUINT_TO_POINTER (period)));
  if (level > 0 && sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY &&
      sc_kpi_get_rollup (kpi) == SC_ROLLUP_SUM)
    target = target * (level - 1) / 10000.0;

  return target;
}

/* Status ----------------------------------------------------------------- */

ScStatus
sc_metrics_status (ScKpi  *kpi,
                   double  actual,
                   double  target)
{
  double tolerance = sc_kpi_get_tolerance (kpi);

  if (isnan (actual) || isnan (target))
    return SC_STATUS_NONE;

  if (sc_kpi_get_direction (kpi) == SC_DIRECTION_LOWER)
    {
      if (actual <= target)
        return SC_STATUS_ON_TARGET;
      return actual <= target * (1 + tolerance) ? SC_STATUS_WATCH : SC_STATUS_OFF_TARGET;
    }

  if (actual >= target)
    return SC_STATUS_ON_TARGET;
  return actual >= target * (1 - tolerance) ? SC_STATUS_WATCH : SC_STATUS_OFF_TARGET;
}

/* Figures ---------------------------------------------------------------- */

static void
calendar_of (ScMetrics  *self,
             ScCalendar *cal)
{
  sc_store_get_calendar (self->store, cal);
}

ScDay
sc_metrics_entry_period (ScMetrics *self,
                         ScKpi     *kpi,
                         ScDay      week)
{
  ScCalendar cal;
  ScPeriod month;

  if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY)
    return week;

  calendar_of (self, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_MONTH, week, &month);
  return sc_day_from_ymd (month.year, month.index, 1);
}

/* The entry periods of kpi that belong to period and start by until. */
static GArray *
entry_periods (ScMetrics      *self,
               ScKpi          *kpi,
               const ScPeriod *period,
               ScDay           until)
{
  GArray *days = g_array_new (FALSE, FALSE, sizeof (ScDay));

  if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY)
    {
      for (ScDay w = period->first_week; w <= period->last_week; w += 7)
        if (until == SC_DAY_NONE || w <= until)
          g_array_append_val (days, w);
      return days;
    }

  /* Monthly KPIs: the months whose weeks make the period. */
  {
    ScCalendar cal;
    ScPeriod month;

    calendar_of (self, &cal);
    sc_calendar_period_at (&cal, SC_PERIOD_MONTH, period->first_week, &month);
    while (month.first_week <= period->last_week)
      {
        ScDay first = sc_day_from_ymd (month.year, month.index, 1);

        if (until == SC_DAY_NONE || month.first_week <= until)
          g_array_append_val (days, first);
        sc_calendar_period_shift (&cal, &month, 1, &month);
      }
  }
  return days;
}

static double
rolled_target (ScMetrics  *self,
               ScKpi      *kpi,
               GArray     *days)
{
  double sum = 0;
  guint n = 0;

  if (days->len == 0)
    return NAN;

  if (sc_kpi_get_rollup (kpi) == SC_ROLLUP_LAST)
    return sc_metrics_entry_target (self, kpi, g_array_index (days, ScDay, days->len - 1));

  for (guint i = 0; i < days->len; i++)
    {
      double t = sc_metrics_entry_target (self, kpi, g_array_index (days, ScDay, i));

      if (!isnan (t))
        {
          sum += t;
          n++;
        }
    }
  if (n == 0)
    return NAN;
  return sc_kpi_get_rollup (kpi) == SC_ROLLUP_SUM ? sum : sum / n;
}

static void
fill_actual (ScKpi             *kpi,
             const ScAggregate *agg,
             ScFigure          *figure)
{
  figure->n_values = agg->n;
  figure->provisional = agg->n_provisional > 0;
  figure->numerator = sc_amount_to_double (agg->sum);
  figure->denominator = sc_amount_to_double (agg->sum_den);
  figure->actual = NAN;

  if (agg->n == 0)
    return;

  switch (sc_kpi_get_rollup (kpi))
    {
    case SC_ROLLUP_SUM:
      figure->actual = sc_amount_to_double (agg->sum);
      break;
    case SC_ROLLUP_AVERAGE:
      figure->actual = sc_amount_to_double (agg->sum) / agg->n;
      break;
    case SC_ROLLUP_LAST:
      figure->actual = sc_amount_to_double (agg->last);
      break;
    case SC_ROLLUP_RATIO:
      if (agg->sum_den > 0)
        figure->actual = (double) agg->sum / agg->sum_den *
                         (sc_kpi_get_unit (kpi) == SC_UNIT_PERCENT ? 100.0 : 1.0);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
figure_over (ScMetrics *self,
             ScKpi     *kpi,
             GArray    *days,
             ScFigure  *figure)
{
  ScAggregate agg = { 0 };

  memset (figure, 0, sizeof *figure);
  figure->n_periods = days->len;
  if (days->len > 0)
    sc_store_aggregate (self->store, sc_record_get_id (SC_RECORD (kpi)),
                        g_array_index (days, ScDay, 0),
                        g_array_index (days, ScDay, days->len - 1), &agg, NULL);
  fill_actual (kpi, &agg, figure);
  figure->target = rolled_target (self, kpi, days);
  figure->status = sc_metrics_status (kpi, figure->actual, figure->target);
}

void
sc_metrics_figure (ScMetrics      *self,
                   ScKpi          *kpi,
                   const ScPeriod *period,
                   ScDay           until,
                   ScFigure       *figure)
{
  g_autoptr(GArray) days = NULL;

  g_return_if_fail (SC_IS_METRICS (self));
  g_return_if_fail (SC_IS_KPI (kpi));
  g_return_if_fail (period != NULL && figure != NULL);

  days = entry_periods (self, kpi, period, until);
  figure_over (self, kpi, days, figure);
}

void
sc_metrics_week_cell (ScMetrics *self,
                      ScKpi     *kpi,
                      ScDay      week,
                      ScFigure  *figure)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (ScDay));
  guint rolling = sc_record_get_int (SC_RECORD (kpi), SC_KPI_ROLLING_WEEKS);
  ScCalendar cal;
  ScPeriod period;

  g_return_if_fail (SC_IS_METRICS (self));
  g_return_if_fail (SC_IS_KPI (kpi));

  calendar_of (self, &cal);
  if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_MONTHLY)
    {
      sc_calendar_period_at (&cal, SC_PERIOD_MONTH, week, &period);
      sc_metrics_figure (self, kpi, &period, SC_DAY_NONE, figure);
      return;
    }

  if (rolling <= 1)
    {
      sc_calendar_week (&cal, week, &period);
      sc_metrics_figure (self, kpi, &period, SC_DAY_NONE, figure);
      return;
    }

  /* A rolling window counts only when the week itself was entered. */
  for (guint i = rolling; i > 0; i--)
    {
      ScDay w = week - 7 * (i - 1);

      g_array_append_val (days, w);
    }
  figure_over (self, kpi, days, figure);
  if (sc_store_count_values (self->store, sc_record_get_id (SC_RECORD (kpi)), week, week) == 0)
    {
      figure->actual = NAN;
      figure->n_values = 0;
      figure->status = SC_STATUS_NONE;
    }
  /* The target of a rolling rate is the week's level, not a mean. */
  figure->target = sc_metrics_entry_target (self, kpi, week);
  figure->status = sc_metrics_status (kpi, figure->actual, figure->target);
}

double
sc_figure_variance (const ScFigure *figure)
{
  return figure->actual - figure->target;
}

double
sc_figure_variance_percent (const ScFigure *figure)
{
  if (isnan (figure->actual) || isnan (figure->target) || figure->target == 0)
    return NAN;
  return (figure->actual - figure->target) / fabs (figure->target) * 100.0;
}

gboolean
sc_figure_has_actual (const ScFigure *figure)
{
  return !isnan (figure->actual);
}

gboolean
sc_figure_has_target (const ScFigure *figure)
{
  return !isnan (figure->target);
}

gboolean
sc_metrics_latest (ScMetrics *self,
                   ScKpi     *kpi,
                   ScDay      until,
                   ScDay     *period,
                   ScFigure  *figure)
{
  ScAggregate agg;
  ScDay last_entry;

  g_return_val_if_fail (SC_IS_METRICS (self), FALSE);
  g_return_val_if_fail (SC_IS_KPI (kpi), FALSE);

  last_entry = sc_metrics_entry_period (self, kpi, until);
  if (!sc_store_aggregate (self->store, sc_record_get_id (SC_RECORD (kpi)), 1, last_entry,
                           &agg, NULL) || agg.n == 0)
    return FALSE;

  *period = agg.last_period;
  if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_MONTHLY)
    {
      ScCalendar cal;
      ScPeriod month;
      int y, m, d;

      calendar_of (self, &cal);
      sc_day_to_ymd (agg.last_period, &y, &m, &d);
      sc_calendar_month (&cal, y, m, &month);
      sc_metrics_figure (self, kpi, &month, SC_DAY_NONE, figure);
    }
  else
    sc_metrics_week_cell (self, kpi, agg.last_period, figure);
  return TRUE;
}

GArray *
sc_metrics_missing (ScMetrics *self,
                    ScDay      from,
                    ScDay      before)
{
  GArray *missing = g_array_new (FALSE, FALSE, sizeof (ScMissing));
  g_autoptr(GPtrArray) kpis = NULL;
  ScCalendar cal;

  g_return_val_if_fail (SC_IS_METRICS (self), missing);

  calendar_of (self, &cal);
  from = sc_calendar_week_start (&cal, from);
  kpis = sc_metrics_active_kpis (self);
  for (ScDay week = from; week + 7 <= before; week += 7)
    for (guint k = 0; k < kpis->len; k++)
      {
        ScKpi *kpi = g_ptr_array_index (kpis, k);
        ScDay created = sc_record_get_date (SC_RECORD (kpi), SC_KPI_CREATED);
        ScMissing m = { kpi, week };

        if (created != SC_DAY_NONE && week + 6 < created)
          continue;
        if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_MONTHLY)
          {
            ScPeriod month;

            /* A month is due once its last week is over. */
            sc_calendar_period_at (&cal, SC_PERIOD_MONTH, week, &month);
            if (month.last_week != week || month.last_week + 7 > before)
              continue;
            m.period = sc_day_from_ymd (month.year, month.index, 1);
          }
        if (sc_store_count_values (self->store, sc_record_get_id (SC_RECORD (kpi)),
                                   m.period, m.period) == 0)
          g_array_append_val (missing, m);
      }
  return missing;
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a, *y = *(ScRecord **) b;
  gint64 px = sc_record_get_int (x, SC_KPI_POSITION), py = sc_record_get_int (y, SC_KPI_POSITION);

  if (px != py)
    return px < py ? -1 : 1;
  return (sc_record_get_id (x) > sc_record_get_id (y)) - (sc_record_get_id (x) < sc_record_get_id (y));
}

GPtrArray *
sc_metrics_active_kpis (ScMetrics *self)
{
  GListModel *list;
  GPtrArray *kpis = g_ptr_array_new ();

  g_return_val_if_fail (SC_IS_METRICS (self), kpis);

  list = sc_store_get_list (self->store, &sc_kpi_table);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      ScKpi *kpi = SC_KPI (g_list_model_get_object (list, i));

      if (sc_kpi_is_active (kpi))
        g_ptr_array_add (kpis, kpi);
      g_object_unref (kpi);
    }
  g_ptr_array_sort (kpis, compare_position);
  return kpis;
}
