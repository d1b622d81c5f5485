/* sc-plan-priorities.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A quarter's priority objectives: at most five.
 */

#define G_LOG_DOMAIN "sc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-plan-private.h"

/* Priority objectives ---------------------------------------------------- */

static gboolean
is_in_quarter (ScRecord      *priority,
               gconstpointer  quarter)
{
  const int *q = quarter;

  return _sc_plan_in_quarter (priority, SC_PRIORITY_FISCAL_YEAR, SC_PRIORITY_QUARTER, q[0], q[1]);
}

GPtrArray *
sc_plan_get_priorities (ScStore *store,
                        int      fiscal_year,
                        int      quarter)
{
  const int q[2] = { fiscal_year, quarter };

  return _sc_plan_select (store, &sc_priority_table, is_in_quarter, q, SC_PRIORITY_POSITION);
}

guint
sc_plan_count_priorities (ScStore *store,
                          int      fiscal_year,
                          int      quarter)
{
  g_autoptr(GPtrArray) priorities = sc_plan_get_priorities (store, fiscal_year, quarter);
  guint n = 0;

  for (guint i = 0; i < priorities->len; i++)
    n += sc_record_get_int (g_ptr_array_index (priorities, i), SC_PRIORITY_STATUS) !=
         SC_ACTION_DROPPED;
  return n;
}

gboolean
sc_plan_can_add_priority (ScStore  *store,
                          int       fiscal_year,
                          int       quarter,
                          GError  **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (sc_plan_count_priorities (store, fiscal_year, quarter) < SC_PLAN_MAX_PRIORITIES)
    return TRUE;

  g_set_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_TOO_MANY,
               _("A quarter has at most %d priority objectives: the plan is about focus. "
                 "Delete one, or let the quarterly review drop one, before adding another."),
               SC_PLAN_MAX_PRIORITIES);
  return FALSE;
}

ScPriority *
sc_plan_new_priority (ScStore *store,
                      int      fiscal_year,
                      int      quarter)
{
  ScRecord *p = sc_record_new (SC_TYPE_PRIORITY);

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  sc_record_set_int (p, SC_PRIORITY_FISCAL_YEAR, fiscal_year);
  sc_record_set_int (p, SC_PRIORITY_QUARTER, quarter);
  sc_record_set_int (p, SC_PRIORITY_STATUS, SC_ACTION_OPEN);
  return SC_PRIORITY (p);
}

static gboolean
validate_priority (ScStore   *store,
                   ScRecord  *draft,
                   ScRecord  *stored,
                   GError   **error)
{
  g_autofree char *title = _sc_plan_strip (sc_record_get_text (draft, SC_PRIORITY_TITLE));
  int year = sc_record_get_int (draft, SC_PRIORITY_FISCAL_YEAR);
  int quarter = sc_record_get_int (draft, SC_PRIORITY_QUARTER);

  if (*title == '\0')
    return _sc_plan_fail (error, SC_PLAN_ERROR_NO_TITLE,
                          _("Say what the objective is."));
  if (!_sc_plan_check_owner (store, sc_record_get_ref (draft, SC_PRIORITY_OWNER_ID),
                             stored ? sc_record_get_ref (stored, SC_PRIORITY_OWNER_ID) : 0,
                             _("Choose who is responsible for the objective."), error))
    return FALSE;
  if (stored == NULL && !sc_plan_can_add_priority (store, year, quarter, error))
    return FALSE;
  return TRUE;
}

gboolean
sc_plan_save_priority (ScStore     *store,
                       ScPriority  *draft,
                       GError     **error)
{
  ScRecord *stored = NULL;
  g_autoptr(ScRecord) row = NULL;
  g_autofree char *title = NULL;
  gint64 id = sc_record_get_id (SC_RECORD (draft));
  int year = sc_record_get_int (SC_RECORD (draft), SC_PRIORITY_FISCAL_YEAR);
  int quarter = sc_record_get_int (SC_RECORD (draft), SC_PRIORITY_QUARTER);

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_PRIORITY (draft), FALSE);

  if (id != 0 && (stored = _sc_plan_lookup (store, &sc_priority_table, id, error)) == NULL)
    return FALSE;
  if (!validate_priority (store, SC_RECORD (draft), stored, error))
    return FALSE;

  row = sc_record_copy (SC_RECORD (draft));
  title = _sc_plan_strip (sc_record_get_text (row, SC_PRIORITY_TITLE));
  sc_record_set_text (row, SC_PRIORITY_TITLE, title);
  if (stored == NULL)
    {
      g_autoptr(GPtrArray) others = sc_plan_get_priorities (store, year, quarter);
      guint n = _sc_plan_highest_ref (sc_store_get_list (store, &sc_priority_table),
                             SC_PRIORITY_FISCAL_YEAR, SC_PRIORITY_QUARTER, SC_PRIORITY_REF,
                             'O', year, quarter);
      g_autofree char *ref = g_strdup_printf ("O%u", n + 1);
      gint64 position = others->len == 0 ? 0 :
        sc_record_get_int (g_ptr_array_index (others, others->len - 1), SC_PRIORITY_POSITION) + 1;

      if (*sc_record_get_text (row, SC_PRIORITY_REF) == '\0')
        sc_record_set_text (row, SC_PRIORITY_REF, ref);
      sc_record_set_int (row, SC_PRIORITY_POSITION, position);
    }

  if (!sc_store_put (store, stored ? _("Edit objective") : _("Add objective"), row, error))
    return FALSE;
  sc_record_assign (SC_RECORD (draft), row);
  return TRUE;
}

gboolean
sc_plan_delete_priority (ScStore  *store,
                         gint64    priority_id,
                         GError  **error)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) priorities = NULL;
  ScChange *change;
  gboolean ok;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (_sc_plan_lookup (store, &sc_priority_table, priority_id, error) == NULL)
    return FALSE;
  if (_sc_plan_is_reviewed (store, SC_ITEM_PRIORITY, priority_id))
    return _sc_plan_fail (error, SC_PLAN_ERROR_REVIEWED,
                          _("A quarterly review decided on this objective, so it is part of "
                            "the record and cannot be deleted."));

  actions = _sc_plan_list_array (store, &sc_action_table);
  priorities = _sc_plan_list_array (store, &sc_priority_table);
  change = sc_store_begin (store, _("Delete objective"), error);
  if (change == NULL)
    return FALSE;
  ok = _sc_plan_unlink (change, actions, SC_ACTION_PRIORITY_ID, priority_id, error) &&
       _sc_plan_unlink (change, priorities, SC_PRIORITY_CARRIED_FROM, priority_id, error) &&
       sc_change_delete (change, &sc_priority_table, priority_id, error);
  return _sc_plan_commit (store, change, ok, error);
}

