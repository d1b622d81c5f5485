/* sc-kpi-editing-targets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Targets: versions in force from a day, per-period overrides, the
 * company's shutdown weeks, and the typed text they come from.
 */

#define G_LOG_DOMAIN "sc-kpi-editing"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-kpi-editing-private.h"
#include "sc-metrics.h"
#include "sc-parse.h"

G_STATIC_ASSERT ((int) SC_OVERRIDE_KPI_ID == (int) SC_TARGET_KPI_ID);
G_STATIC_ASSERT ((int) SC_OVERRIDE_PERIOD == (int) SC_TARGET_EFFECTIVE);
G_STATIC_ASSERT ((int) SC_OVERRIDE_VALUE == (int) SC_TARGET_VALUE);
G_STATIC_ASSERT ((int) SC_OVERRIDE_NOTE == (int) SC_TARGET_NOTE);

/* Beyond this a target is a typing accident (as for figures, sc-values.c). */
#define MAX_TARGET 1e12

/* Entry periods ---------------------------------------------------------- */

ScDay
sc_kpi_editing_period_of (ScStore *store,
                          ScKpi   *kpi,
                          ScDay    day)
{
  ScCalendar cal;

  g_return_val_if_fail (SC_IS_STORE (store), SC_DAY_NONE);
  g_return_val_if_fail (SC_IS_KPI (kpi), SC_DAY_NONE);

  if (!sc_day_valid (day))
    return SC_DAY_NONE;

  sc_store_get_calendar (store, &cal);
  return sc_metrics_entry_period (sc_metrics_for_store (store), kpi,
                                  sc_calendar_week_start (&cal, day));
}

ScDay
sc_kpi_editing_current_period (ScStore *store,
                               ScKpi   *kpi)
{
  return sc_kpi_editing_period_of (store, kpi, sc_store_get_today (store));
}

/* Typed text ------------------------------------------------------------- */

static gboolean
check_target (ScKpi   *kpi,
              double   value,
              GError **error)
{
  ScUnit unit = sc_kpi_get_unit (kpi);

  if (!isfinite (value) || fabs (value) > MAX_TARGET)
    return _sc_kpi_fail (error, SC_KPI_ERROR_TARGET, _("This target is too large."));
  if (value < 0 && (unit == SC_UNIT_COUNT || unit == SC_UNIT_DAYS))
    return _sc_kpi_fail (error, SC_KPI_ERROR_TARGET,
                         _("A target for this indicator cannot be negative."));
  return TRUE;
}

gboolean
sc_kpi_editing_parse_target (ScKpi       *kpi,
                             ScLang       lang,
                             const char  *text,
                             double      *target,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  ScParsedFlags flags = 0;
  ScUnit unit;

  g_return_val_if_fail (SC_IS_KPI (kpi), FALSE);

  *target = NAN;
  if (*stripped == '\0')
    return TRUE;

  if (!sc_parse_number (lang, stripped, target, &flags, &local_error))
    {
      *target = NAN;
      return _sc_kpi_fail (error, SC_KPI_ERROR_TARGET, local_error->message);
    }

  unit = sc_kpi_get_unit (kpi);
  if ((flags & SC_PARSED_PERCENT) && unit != SC_UNIT_PERCENT)
    return _sc_kpi_fail (error, SC_KPI_ERROR_TARGET,
                         _("This indicator is not a percentage: type the target without %."));
  if ((flags & SC_PARSED_CURRENCY) && unit != SC_UNIT_CURRENCY)
    return _sc_kpi_fail (error, SC_KPI_ERROR_TARGET,
                         _("This indicator is not an amount of money: type the target "
                           "without a currency sign."));
  return check_target (kpi, *target, error);
}

gboolean
sc_kpi_editing_parse_percent (ScLang       lang,
                              const char  *text,
                              gint64       max_hundredths,
                              ScKpiError   code,
                              gint64      *hundredths,
                              GError     **error)
{
  ScParsedFlags flags = 0;
  double value;

  if (!sc_parse_number (lang, text, &value, &flags, NULL) ||
      (flags & SC_PARSED_CURRENCY) || value < 0 || value * 100 > max_hundredths)
    {
      g_autofree char *max = sc_format_percent (lang, max_hundredths / 100.0, 0);
      g_autofree char *message = NULL;

      /* Translators: %s is the highest percentage allowed, e.g. "50 %". */
      message = g_strdup_printf (_("Type a percentage from 0 to %s."), max);
      return _sc_kpi_fail (error, code, message);
    }

  *hundredths = llround (value * 100);
  return TRUE;
}

/* Rows by period ---------------------------------------------------------- */

/* Sorts records by the date in column (user_data). */
static int
compare_date_column (gconstpointer a,
                     gconstpointer b,
                     gpointer      column)
{
  ScDay x = sc_record_get_date (*(ScRecord **) a, GPOINTER_TO_UINT (column));
  ScDay y = sc_record_get_date (*(ScRecord **) b, GPOINTER_TO_UINT (column));

  return (x > y) - (x < y);
}

GPtrArray *
_sc_kpi_period_rows (ScStore           *store,
                     const ScTableInfo *table,
                     gint64             kpi_id)
{
  GListModel *list = sc_store_get_list (store, table);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      ScRecord *r = g_list_model_get_item (list, i);

      if (sc_record_get_ref (r, PERIOD_ROW_KPI) == kpi_id)
        g_ptr_array_add (rows, r);
      else
        g_object_unref (r);
    }
  g_ptr_array_sort_with_data (rows, compare_date_column, GUINT_TO_POINTER (PERIOD_ROW_DAY));
  return rows;
}

static ScRecord *
find_row (GPtrArray *rows,
          ScDay      day)
{
  for (guint i = 0; i < rows->len; i++)
    if (sc_record_get_date (g_ptr_array_index (rows, i), PERIOD_ROW_DAY) == day)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* Writes the KPI's row of table for the period that starts on day: the
 * stored one when there is one (same day replaces), else a new one. */
static gboolean
put_row (ScChange           *change,
         const ScTableInfo  *table,
         ScKpi              *kpi,
         GPtrArray          *stored,
         ScDay               day,
         gint64              amount,
         const char         *note,
         GError            **error)
{
  ScRecord *found = find_row (stored, day);
  g_autoptr(ScRecord) row = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (note ? note : ""));

  if (!check_target (kpi, sc_amount_to_double (amount), error))
    return FALSE;

  if (found != NULL)
    row = sc_record_copy (found);
  else
    {
      row = sc_record_new (sc_records_type_for_table (table));
      sc_record_set_ref (row, PERIOD_ROW_KPI, sc_record_get_id (SC_RECORD (kpi)));
      sc_record_set_date (row, PERIOD_ROW_DAY, day);
    }
  sc_record_set_int (row, PERIOD_ROW_VALUE, amount);
  if (note != NULL || found == NULL)
    sc_record_set_text (row, PERIOD_ROW_NOTE, stripped);
  return sc_change_put (change, row, error);
}

static ScDay
checked_period (ScStore  *store,
                ScKpi    *kpi,
                ScDay     day,
                GError  **error)
{
  ScDay period = sc_kpi_editing_period_of (store, kpi, day);

  if (period == SC_DAY_NONE)
    _sc_kpi_fail (error, SC_KPI_ERROR_DATE, _("Choose the day the target applies from."));
  return period;
}

/* The wanted rows by the start of their period; a later one for the same
 * period wins. */
static GHashTable *
wanted_by_period (ScStore    *store,
                  ScKpi      *kpi,
                  GPtrArray  *wanted,
                  GError    **error)
{
  g_autoptr(GHashTable) by_period = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < wanted->len; i++)
    {
      ScRecord *w = g_ptr_array_index (wanted, i);
      ScDay period = checked_period (store, kpi, sc_record_get_date (w, PERIOD_ROW_DAY), error);

      if (period == SC_DAY_NONE)
        return NULL;
      g_hash_table_insert (by_period, GUINT_TO_POINTER (period), w);
    }
  return g_steal_pointer (&by_period);
}

gboolean
_sc_kpi_apply_rows (ScChange          *change,
                    const ScTableInfo *table,
                    ScKpi             *kpi,
                    GPtrArray         *wanted,
                    GError           **error)
{
  ScStore *store = sc_change_get_store (change);
  g_autoptr(GPtrArray) stored = _sc_kpi_period_rows (store, table, sc_record_get_id (SC_RECORD (kpi)));
  g_autoptr(GHashTable) by_period = wanted_by_period (store, kpi, wanted, error);
  g_autoptr(GList) periods = NULL;

  if (by_period == NULL)
    return FALSE;

  if (table == &sc_target_table && stored->len > 0 && g_hash_table_size (by_period) == 0)
    return _sc_kpi_fail (error, SC_KPI_ERROR_LAST_TARGET,
                         _("An indicator keeps at least one target: change its value instead."));

  for (guint i = 0; i < stored->len; i++)
    {
      ScRecord *s = g_ptr_array_index (stored, i);

      if (!g_hash_table_contains (by_period,
                                  GUINT_TO_POINTER (sc_record_get_date (s, PERIOD_ROW_DAY))) &&
          !sc_change_delete (change, table, sc_record_get_id (s), error))
        return FALSE;
    }

  periods = g_hash_table_get_keys (by_period);
  for (const GList *l = periods; l != NULL; l = l->next)
    {
      ScRecord *w = g_hash_table_lookup (by_period, l->data);

      if (!put_row (change, table, kpi, stored, GPOINTER_TO_UINT (l->data),
                    sc_record_get_int (w, PERIOD_ROW_VALUE),
                    sc_record_get_text (w, PERIOD_ROW_NOTE), error))
        return FALSE;
    }
  return TRUE;
}

/* One row of table for the period that contains day, in its own change. */
static gboolean
set_period_row (ScStore           *store,
                const ScTableInfo *table,
                const char        *label,
                gint64             kpi_id,
                ScDay              day,
                double             value,
                const char        *note,
                GError           **error)
{
  ScKpi *kpi = _sc_kpi_lookup (store, kpi_id, error);
  g_autoptr(GPtrArray) stored = NULL;
  ScChange *change;
  ScDay period;

  if (kpi == NULL)
    return FALSE;
  period = checked_period (store, kpi, day, error);
  if (period == SC_DAY_NONE || !check_target (kpi, value, error))
    return FALSE;

  stored = _sc_kpi_period_rows (store, table, kpi_id);
  change = sc_store_begin (store, label, error);
  if (change == NULL)
    return FALSE;
  return _sc_kpi_commit (store, change,
                         put_row (change, table, kpi, stored, period,
                                  sc_amount_from_double (value), note, error),
                         error);
}

/* Targets ------------------------------------------------------------------ */

gboolean
sc_kpi_editing_add_target (ScStore     *store,
                           gint64       kpi_id,
                           ScDay        day,
                           double       value,
                           const char  *note,
                           GError     **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  return set_period_row (store, &sc_target_table, _("Change a target"), kpi_id, day, value,
                         note, error);
}

gboolean
sc_kpi_editing_delete_target (ScStore  *store,
                              gint64    target_id,
                              GError  **error)
{
  ScRecord *target;
  g_autoptr(GPtrArray) versions = NULL;
  ScChange *change;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  target = sc_store_lookup (store, &sc_target_table, target_id);
  if (target == NULL)
    return _sc_kpi_fail (error, SC_KPI_ERROR_NOT_FOUND,
                         _("This target is no longer in the company file."));

  versions = _sc_kpi_period_rows (store, &sc_target_table,
                                  sc_record_get_ref (target, SC_TARGET_KPI_ID));
  if (versions->len <= 1)
    return _sc_kpi_fail (error, SC_KPI_ERROR_LAST_TARGET,
                         _("An indicator keeps at least one target: change its value instead."));

  change = sc_store_begin (store, _("Delete a target"), error);
  if (change == NULL)
    return FALSE;
  return _sc_kpi_commit (store, change,
                         sc_change_delete (change, &sc_target_table, target_id, error), error);
}

gboolean
sc_kpi_editing_set_override (ScStore     *store,
                             gint64       kpi_id,
                             ScDay        day,
                             double       value,
                             const char  *note,
                             GError     **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  return set_period_row (store, &sc_override_table, _("Set a target for one period"), kpi_id,
                         day, value, note, error);
}

gboolean
sc_kpi_editing_clear_override (ScStore  *store,
                               gint64    kpi_id,
                               ScDay     day,
                               GError  **error)
{
  ScKpi *kpi;
  g_autoptr(GPtrArray) stored = NULL;
  ScRecord *found;
  ScChange *change;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  kpi = _sc_kpi_lookup (store, kpi_id, error);
  if (kpi == NULL)
    return FALSE;

  stored = _sc_kpi_period_rows (store, &sc_override_table, kpi_id);
  found = find_row (stored, sc_kpi_editing_period_of (store, kpi, day));
  if (found == NULL)
    return TRUE;

  change = sc_store_begin (store, _("Clear the target of one period"), error);
  if (change == NULL)
    return FALSE;
  return _sc_kpi_commit (store, change,
                         sc_change_delete (change, &sc_override_table, sc_record_get_id (found),
                                           error),
                         error);
}

GPtrArray *
sc_kpi_editing_get_targets (ScStore *store,
                            gint64   kpi_id)
{
  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  return _sc_kpi_period_rows (store, &sc_target_table, kpi_id);
}

GPtrArray *
sc_kpi_editing_get_overrides (ScStore *store,
                              gint64   kpi_id)
{
  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  return _sc_kpi_period_rows (store, &sc_override_table, kpi_id);
}

/* Shutdown weeks -------------------------------------------------------- */

GPtrArray *
sc_kpi_editing_get_shutdowns (ScStore *store)
{
  GListModel *list;
  GPtrArray *weeks;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  list = sc_store_get_list (store, &sc_shutdown_table);
  weeks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (weeks, g_list_model_get_item (list, i));
  g_ptr_array_sort_with_data (weeks, compare_date_column, GUINT_TO_POINTER (SC_SHUTDOWN_PERIOD));
  return weeks;
}

gboolean
sc_kpi_editing_add_shutdown (ScStore     *store,
                             ScDay        day,
                             const char  *label,
                             gint64       level,
                             GError     **error)
{
  g_autoptr(GPtrArray) weeks = NULL;
  g_autoptr(ScRecord) row = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (label ? label : ""));
  ScCalendar cal;
  ScDay week;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (!sc_day_valid (day))
    return _sc_kpi_fail (error, SC_KPI_ERROR_DATE, _("Choose a day of the shutdown week."));
  if (level < 0 || level > 10000)
    return _sc_kpi_fail (error, SC_KPI_ERROR_LEVEL,
                         _("The level of a shutdown week is a share of the normal target, "
                           "from 0 to 100 %."));

  sc_store_get_calendar (store, &cal);
  week = sc_calendar_week_start (&cal, day);
  weeks = sc_kpi_editing_get_shutdowns (store);
  for (guint i = 0; i < weeks->len && row == NULL; i++)
    if (sc_record_get_date (g_ptr_array_index (weeks, i), SC_SHUTDOWN_PERIOD) == week)
      row = sc_record_copy (g_ptr_array_index (weeks, i));
  if (row == NULL)
    {
      row = sc_record_new (SC_TYPE_SHUTDOWN_WEEK);
      sc_record_set_date (row, SC_SHUTDOWN_PERIOD, week);
    }
  sc_record_set_text (row, SC_SHUTDOWN_LABEL, stripped);
  sc_record_set_int (row, SC_SHUTDOWN_LEVEL, level);
  return sc_store_put (store, _("Declare a shutdown week"), row, error);
}

gboolean
sc_kpi_editing_remove_shutdown (ScStore  *store,
                                gint64    shutdown_id,
                                GError  **error)
{
  ScChange *change;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (sc_store_lookup (store, &sc_shutdown_table, shutdown_id) == NULL)
    return _sc_kpi_fail (error, SC_KPI_ERROR_NOT_FOUND,
                         _("This shutdown week is no longer in the company file."));

  change = sc_store_begin (store, _("Remove a shutdown week"), error);
  if (change == NULL)
    return FALSE;
  return _sc_kpi_commit (store, change,
                         sc_change_delete (change, &sc_shutdown_table, shutdown_id, error),
                         error);
}
