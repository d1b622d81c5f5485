/* sc-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quarters and what is derived from actions; the helpers the other
 * sc-plan-*.c files share. Changes to actions are in sc-plan-actions.c,
 * to objectives in sc-plan-priorities.c, to people in sc-plan-people.c.
 */

#define G_LOG_DOMAIN "sc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-plan-private.h"

G_DEFINE_QUARK (sc-plan-error-quark, sc_plan_error)

/* Helpers shared by the sc-plan-*.c files ------------------------------------ */

gboolean
_sc_plan_fail (GError     **error,
               ScPlanError  code,
               const char  *message)
{
  g_set_error_literal (error, SC_PLAN_ERROR, code, message);
  return FALSE;
}

char *
_sc_plan_strip (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Writes the rows of one change; on failure the change is rolled back. */
gboolean
_sc_plan_commit (ScStore    *store,
                 ScChange   *change,
                 gboolean    ok,
                 GError    **error)
{
  if (!ok)
    {
      sc_store_rollback (store, change);
      return FALSE;
    }
  return sc_store_commit (store, change, error);
}

ScRecord *
_sc_plan_lookup (ScStore           *store,
                 const ScTableInfo *table,
                 gint64             id,
                 GError           **error)
{
  ScRecord *r = sc_store_lookup (store, table, id);

  if (r == NULL)
    _sc_plan_fail (error, SC_PLAN_ERROR_NOT_FOUND,
                   _("This item is no longer in the company file."));
  return r;
}

/* The owner must exist; new work (a new item, or a new owner) must go to
 * someone active. */
gboolean
_sc_plan_check_owner (ScStore     *store,
                      gint64       owner_id,
                      gint64       stored_owner_id,
                      const char  *missing,
                      GError     **error)
{
  ScRecord *owner = owner_id ? sc_store_lookup (store, &sc_person_table, owner_id) : NULL;

  if (owner == NULL)
    return _sc_plan_fail (error, SC_PLAN_ERROR_NO_OWNER, missing);

  if (!sc_record_get_bool (owner, SC_PERSON_ACTIVE) && owner_id != stored_owner_id)
    {
      g_set_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_INACTIVE_OWNER,
                   /* Translators: %s is a person's name. */
                   _("%s is no longer active: choose someone else."),
                   sc_record_get_text (owner, SC_PERSON_NAME));
      return FALSE;
    }
  return TRUE;
}

/* Whether a quarterly review holds a decision about the item. */
gboolean
_sc_plan_is_reviewed (ScStore    *store,
                      ScItemKind  kind,
                      gint64      id)
{
  g_autoptr(GPtrArray) decisions =
    sc_store_query_children (store, &sc_decision_table, SC_DECISION_ITEM_ID, id, NULL);

  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    if (sc_record_get_int (g_ptr_array_index (decisions, i), SC_DECISION_ITEM_KIND) == kind)
      return TRUE;
  return FALSE;
}

/* Sets column to NULL in every row of records whose column is id: what ON
 * DELETE SET NULL would do, but where the undo log sees it. */
gboolean
_sc_plan_unlink (ScChange    *change,
                 GPtrArray   *records,
                 guint        column,
                 gint64       id,
                 GError     **error)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      ScRecord *r = g_ptr_array_index (records, i);
      g_autoptr(ScRecord) row = NULL;

      if (sc_record_get_ref (r, column) != id)
        continue;
      row = sc_record_copy (r);
      sc_record_set_null (row, column);
      if (!sc_change_put (change, row, error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
_sc_plan_list_array (ScStore           *store,
                     const ScTableInfo *table)
{
  GListModel *model = sc_store_get_list (store, table);
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));
  return array;
}

static int
compare_by_column (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  ScRecord *x = *(ScRecord **) a;
  ScRecord *y = *(ScRecord **) b;
  guint column = GPOINTER_TO_UINT (data);
  gint64 vx = sc_record_get_int (x, column);
  gint64 vy = sc_record_get_int (y, column);

  if (vx != vy)
    return vx < vy ? -1 : 1;
  return (sc_record_get_id (x) > sc_record_get_id (y)) -
         (sc_record_get_id (x) < sc_record_get_id (y));
}

GPtrArray *
_sc_plan_select (ScStore           *store,
                 const ScTableInfo *table,
                 ScPlanKeepFunc     keep,
                 gconstpointer      data,
                 guint              sort_column)
{
  GListModel *model = sc_store_get_list (store, table);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      ScRecord *r = g_list_model_get_item (model, i);

      if (keep (r, data))
        g_ptr_array_add (result, r);
      else
        g_object_unref (r);
    }
  g_ptr_array_sort_with_data (result, compare_by_column, GUINT_TO_POINTER (sort_column));
  return result;
}

/* Quarters ---------------------------------------------------------------- */

void
sc_plan_current_quarter (ScStore  *store,
                         ScPeriod *quarter)
{
  ScCalendar cal;

  g_return_if_fail (SC_IS_STORE (store));

  sc_store_get_calendar (store, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_QUARTER, sc_store_get_today (store), quarter);
}

void
sc_plan_quarter (ScStore  *store,
                 int       fiscal_year,
                 int       quarter,
                 ScPeriod *period)
{
  ScCalendar cal;

  g_return_if_fail (SC_IS_STORE (store));

  sc_store_get_calendar (store, &cal);
  sc_calendar_quarter (&cal, fiscal_year, CLAMP (quarter, 1, 4), period);
}

gboolean
_sc_plan_in_quarter (ScRecord *record,
                     guint     year_column,
                     guint     quarter_column,
                     int       fiscal_year,
                     int       quarter)
{
  return sc_record_get_int (record, year_column) == fiscal_year &&
         sc_record_get_int (record, quarter_column) == quarter;
}

gboolean
sc_plan_quarter_has_plan (ScStore *store,
                          int      fiscal_year,
                          int      quarter)
{
  GListModel *priorities = sc_store_get_list (store, &sc_priority_table);
  GListModel *actions = sc_store_get_list (store, &sc_action_table);

  for (guint i = 0; i < g_list_model_get_n_items (priorities); i++)
    {
      g_autoptr(ScRecord) p = g_list_model_get_item (priorities, i);

      if (_sc_plan_in_quarter (p, SC_PRIORITY_FISCAL_YEAR, SC_PRIORITY_QUARTER,
                               fiscal_year, quarter))
        return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (actions, i);

      if (_sc_plan_in_quarter (a, SC_ACTION_FISCAL_YEAR, SC_ACTION_QUARTER, fiscal_year, quarter))
        return TRUE;
    }
  return FALSE;
}

/* Quarters as one number, to compare them. */
static int
quarter_key (gint64 fiscal_year,
             gint64 quarter)
{
  return (int) (fiscal_year * 4 + quarter - 1);
}

static void
latest_before (GListModel *model,
               guint       year_column,
               guint       quarter_column,
               int         limit,
               int        *best)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (model, i);
      int key = quarter_key (sc_record_get_int (r, year_column),
                             sc_record_get_int (r, quarter_column));

      if (key < limit && key > *best)
        *best = key;
    }
}

gboolean
sc_plan_find_previous_plan (ScStore *store,
                            int      fiscal_year,
                            int      quarter,
                            int     *found_year,
                            int     *found_quarter)
{
  int limit = quarter_key (fiscal_year, quarter);
  int best = G_MININT;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  latest_before (sc_store_get_list (store, &sc_priority_table),
                 SC_PRIORITY_FISCAL_YEAR, SC_PRIORITY_QUARTER, limit, &best);
  latest_before (sc_store_get_list (store, &sc_action_table),
                 SC_ACTION_FISCAL_YEAR, SC_ACTION_QUARTER, limit, &best);
  if (best == G_MININT)
    return FALSE;

  *found_year = best / 4;
  *found_quarter = best % 4 + 1;
  return TRUE;
}

void
sc_plan_action_quarter (ScStore  *store,
                        ScAction *action,
                        ScPeriod *period)
{
  ScRecord *r = SC_RECORD (action);

  sc_plan_quarter (store, sc_record_get_int (r, SC_ACTION_FISCAL_YEAR),
                   sc_record_get_int (r, SC_ACTION_QUARTER), period);
}

gboolean
sc_plan_action_shows_in (ScAction *action,
                         int       fiscal_year,
                         int       quarter,
                         gboolean  is_current)
{
  ScRecord *r = SC_RECORD (action);
  int key = quarter_key (sc_record_get_int (r, SC_ACTION_FISCAL_YEAR),
                         sc_record_get_int (r, SC_ACTION_QUARTER));
  int viewed = quarter_key (fiscal_year, quarter);

  if (key == viewed)
    return TRUE;
  return is_current && key < viewed && sc_plan_action_is_open (action);
}

/* Actions: what is derived --------------------------------------------- */

gboolean
sc_plan_action_is_open (ScAction *action)
{
  g_return_val_if_fail (SC_IS_ACTION (action), FALSE);

  return sc_record_get_int (SC_RECORD (action), SC_ACTION_STATUS) == SC_ACTION_OPEN;
}

gboolean
sc_plan_action_is_overdue (ScAction *action,
                           ScDay     today)
{
  return sc_plan_days_late (action, today) > 0;
}

guint
sc_plan_days_late (ScAction *action,
                   ScDay     today)
{
  ScDay due;

  g_return_val_if_fail (SC_IS_ACTION (action), 0);

  due = sc_record_get_date (SC_RECORD (action), SC_ACTION_DUE);
  if (!sc_plan_action_is_open (action) || due == SC_DAY_NONE || due >= today)
    return 0;
  return today - due;
}

static gboolean
slip_of (ScRecord *slip,
         gint64    action_id)
{
  return sc_record_get_ref (slip, SC_DUE_CHANGE_ACTION_ID) == action_id;
}

guint
sc_plan_count_slips (ScStore *store,
                     gint64   action_id)
{
  GListModel *slips = sc_store_get_list (store, &sc_due_change_table);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (slips); i++)
    {
      g_autoptr(ScRecord) slip = g_list_model_get_item (slips, i);

      n += slip_of (slip, action_id);
    }
  return n;
}

static gboolean
is_slip_of (ScRecord      *slip,
            gconstpointer  action_id)
{
  return slip_of (slip, *(const gint64 *) action_id);
}

GPtrArray *
sc_plan_get_slips (ScStore *store,
                   gint64   action_id)
{
  return _sc_plan_select (store, &sc_due_change_table, is_slip_of, &action_id,
                          SC_DUE_CHANGE_CHANGED_ON);
}

GHashTable *
sc_plan_slip_counts (ScStore *store)
{
  GListModel *slips = sc_store_get_list (store, &sc_due_change_table);
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (slips); i++)
    {
      g_autoptr(ScRecord) slip = g_list_model_get_item (slips, i);
      gint64 id = sc_record_get_ref (slip, SC_DUE_CHANGE_ACTION_ID);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id));

      g_hash_table_insert (counts, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (n + 1));
    }
  return counts;
}

/* The number of "A07", "O3"; 0 for anything else. */
static guint
ref_number (const char *ref,
            char        letter)
{
  char *end = NULL;
  guint64 n;

  if (ref == NULL || ref[0] != letter || !g_ascii_isdigit (ref[1]))
    return 0;
  n = g_ascii_strtoull (ref + 1, &end, 10);
  return (*end == '\0' && n < 10000) ? (guint) n : 0;
}

guint
_sc_plan_highest_ref (GListModel *model,
                      guint       year_column,
                      guint       quarter_column,
                      guint       ref_column,
                      char        letter,
                      int         fiscal_year,
                      int         quarter)
{
  guint highest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (model, i);

      if (_sc_plan_in_quarter (r, year_column, quarter_column, fiscal_year, quarter))
        highest = MAX (highest, ref_number (sc_record_get_text (r, ref_column), letter));
    }
  return highest;
}

char *
sc_plan_next_action_ref (ScStore *store,
                         int      fiscal_year,
                         int      quarter)
{
  guint n = _sc_plan_highest_ref (sc_store_get_list (store, &sc_action_table),
                                  SC_ACTION_FISCAL_YEAR, SC_ACTION_QUARTER, SC_ACTION_REF, 'A',
                                  fiscal_year, quarter);

  return g_strdup_printf ("A%02u", n + 1);
}

/* For the dashboard -------------------------------------------------------- */

static gboolean
is_open_between (ScRecord      *action,
                 gconstpointer  bounds)
{
  const ScDay *days = bounds;
  ScDay due = sc_record_get_date (action, SC_ACTION_DUE);

  return sc_plan_action_is_open (SC_ACTION (action)) && due >= days[0] && due <= days[1];
}

GPtrArray *
sc_plan_due_this_week (ScStore *store,
                       ScDay    today)
{
  ScCalendar cal;
  ScDay week[2];

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  sc_store_get_calendar (store, &cal);
  week[0] = sc_calendar_week_start (&cal, today);
  week[1] = week[0] + 6;
  return _sc_plan_select (store, &sc_action_table, is_open_between, week, SC_ACTION_DUE);
}

static gboolean
is_overdue (ScRecord      *action,
            gconstpointer  today)
{
  return sc_plan_action_is_overdue (SC_ACTION (action), *(const ScDay *) today);
}

GPtrArray *
sc_plan_overdue_actions (ScStore *store,
                         ScDay    today)
{
  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  /* Earliest due first is most days late first. */
  return _sc_plan_select (store, &sc_action_table, is_overdue, &today, SC_ACTION_DUE);
}

static int
compare_lateness (gconstpointer a,
                  gconstpointer b)
{
  const ScOwnerLateness *x = a;
  const ScOwnerLateness *y = b;

  if (x->days_late != y->days_late)
    return x->days_late > y->days_late ? -1 : 1;
  if (x->n_actions != y->n_actions)
    return x->n_actions > y->n_actions ? -1 : 1;
  return x->owner_id < y->owner_id ? -1 : (x->owner_id > y->owner_id);
}

GArray *
sc_plan_overdue_by_owner (ScStore *store,
                          ScDay    today)
{
  g_autoptr(GPtrArray) overdue = sc_plan_overdue_actions (store, today);
  GArray *result = g_array_new (FALSE, TRUE, sizeof (ScOwnerLateness));

  for (guint i = 0; i < overdue->len; i++)
    {
      ScAction *a = g_ptr_array_index (overdue, i);
      gint64 owner = sc_record_get_ref (SC_RECORD (a), SC_ACTION_OWNER_ID);
      ScOwnerLateness *entry = NULL;

      for (guint j = 0; j < result->len && entry == NULL; j++)
        if (g_array_index (result, ScOwnerLateness, j).owner_id == owner)
          entry = &g_array_index (result, ScOwnerLateness, j);
      if (entry == NULL)
        {
          g_array_set_size (result, result->len + 1);
          entry = &g_array_index (result, ScOwnerLateness, result->len - 1);
          entry->owner_id = owner;
        }
      entry->n_actions++;
      entry->days_late += sc_plan_days_late (a, today);
    }
  g_array_sort (result, compare_lateness);
  return result;
}
