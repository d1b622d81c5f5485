/* sc-plan-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Creating, editing, closing and deleting actions.
 */

#define G_LOG_DOMAIN "sc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-plan-private.h"

/* Actions: changes -------------------------------------------------------- */

ScAction *
sc_plan_new_action (ScStore *store,
                    int      fiscal_year,
                    int      quarter)
{
  ScRecord *action = sc_record_new (SC_TYPE_ACTION);

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  if (fiscal_year == 0)
    {
      ScPeriod current;

      sc_plan_current_quarter (store, &current);
      fiscal_year = current.fiscal_year;
      quarter = current.index;
    }
  sc_record_set_int (action, SC_ACTION_FISCAL_YEAR, fiscal_year);
  sc_record_set_int (action, SC_ACTION_QUARTER, quarter);
  sc_record_set_int (action, SC_ACTION_STATUS, SC_ACTION_OPEN);
  return SC_ACTION (action);
}

gboolean
sc_plan_validate_action (ScStore   *store,
                         ScAction  *draft,
                         GError   **error)
{
  ScRecord *r = SC_RECORD (draft);
  ScRecord *stored;
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_ACTION (draft), FALSE);

  stored = sc_store_lookup (store, &sc_action_table, sc_record_get_id (r));
  title = _sc_plan_strip (sc_record_get_text (r, SC_ACTION_TITLE));
  if (*title == '\0')
    return _sc_plan_fail (error, SC_PLAN_ERROR_NO_TITLE,
                          _("Say what is to be done: an action needs a title."));
  if (!_sc_plan_check_owner (store, sc_record_get_ref (r, SC_ACTION_OWNER_ID),
                             stored ? sc_record_get_ref (stored, SC_ACTION_OWNER_ID) : 0,
                             _("Choose who is responsible: every action has one owner."),
                             error))
    return FALSE;
  if (sc_record_get_date (r, SC_ACTION_DUE) == SC_DAY_NONE)
    return _sc_plan_fail (error, SC_PLAN_ERROR_NO_DUE,
                          _("Give a due date: every action has one."));

  reason = _sc_plan_strip (sc_record_get_text (r, SC_ACTION_DROP_REASON));
  if (sc_record_get_int (r, SC_ACTION_STATUS) == SC_ACTION_DROPPED && *reason == '\0')
    return _sc_plan_fail (error, SC_PLAN_ERROR_NO_REASON,
                          _("Say why the action is dropped: the reason is kept with it."));
  return TRUE;
}

/* Closing day and reason follow the status. */
static void
settle_status (ScRecord *row,
               ScDay     today)
{
  switch (sc_record_get_int (row, SC_ACTION_STATUS))
    {
    case SC_ACTION_DONE:
      sc_record_set_text (row, SC_ACTION_DROP_REASON, "");
      G_GNUC_FALLTHROUGH;
    case SC_ACTION_DROPPED:
      if (sc_record_get_date (row, SC_ACTION_DONE_ON) == SC_DAY_NONE)
        sc_record_set_date (row, SC_ACTION_DONE_ON, today);
      break;
    default:
      sc_record_set_int (row, SC_ACTION_STATUS, SC_ACTION_OPEN);
      sc_record_set_null (row, SC_ACTION_DONE_ON);
      sc_record_set_text (row, SC_ACTION_DROP_REASON, "");
      break;
    }
}

/* The columns a new action gets, and those an edit may not change. */
static void
prepare_row (ScStore  *store,
             ScRecord *row,
             ScRecord *stored,
             ScDay     today)
{
  g_autofree char *title = _sc_plan_strip (sc_record_get_text (row, SC_ACTION_TITLE));
  g_autofree char *reason = _sc_plan_strip (sc_record_get_text (row, SC_ACTION_DROP_REASON));

  sc_record_set_text (row, SC_ACTION_TITLE, title);
  sc_record_set_text (row, SC_ACTION_DROP_REASON, reason);

  if (stored != NULL)
    {
      sc_record_set_date (row, SC_ACTION_ORIGINAL_DUE,
                          sc_record_get_date (stored, SC_ACTION_ORIGINAL_DUE));
      sc_record_set_date (row, SC_ACTION_CREATED, sc_record_get_date (stored, SC_ACTION_CREATED));
    }
  else
    {
      if (sc_record_get_int (row, SC_ACTION_FISCAL_YEAR) == 0)
        {
          ScPeriod current;

          sc_plan_current_quarter (store, &current);
          sc_record_set_int (row, SC_ACTION_FISCAL_YEAR, current.fiscal_year);
          sc_record_set_int (row, SC_ACTION_QUARTER, current.index);
        }
      if (*sc_record_get_text (row, SC_ACTION_REF) == '\0')
        {
          g_autofree char *ref =
            sc_plan_next_action_ref (store, sc_record_get_int (row, SC_ACTION_FISCAL_YEAR),
                                     sc_record_get_int (row, SC_ACTION_QUARTER));

          sc_record_set_text (row, SC_ACTION_REF, ref);
        }
      sc_record_set_date (row, SC_ACTION_ORIGINAL_DUE, sc_record_get_date (row, SC_ACTION_DUE));
      if (sc_record_get_date (row, SC_ACTION_CREATED) == SC_DAY_NONE)
        sc_record_set_date (row, SC_ACTION_CREATED, today);
    }
  settle_status (row, today);
}

static gboolean
put_slip (ScChange    *change,
          gint64       action_id,
          ScDay        today,
          ScDay        old_due,
          ScDay        new_due,
          const char  *reason,
          GError     **error)
{
  g_autoptr(ScRecord) slip = sc_record_new (SC_TYPE_DUE_CHANGE);
  g_autofree char *stripped = _sc_plan_strip (reason);

  sc_record_set_ref (slip, SC_DUE_CHANGE_ACTION_ID, action_id);
  sc_record_set_date (slip, SC_DUE_CHANGE_CHANGED_ON, today);
  sc_record_set_date (slip, SC_DUE_CHANGE_OLD_DUE, old_due);
  sc_record_set_date (slip, SC_DUE_CHANGE_NEW_DUE, new_due);
  sc_record_set_text (slip, SC_DUE_CHANGE_REASON, stripped);
  return sc_change_put (change, slip, error);
}

gboolean
sc_plan_save_action (ScStore     *store,
                     ScAction    *draft,
                     const char  *slip_reason,
                     GError     **error)
{
  ScRecord *stored = NULL;
  g_autoptr(ScRecord) row = NULL;
  gint64 id = sc_record_get_id (SC_RECORD (draft));
  ScDay today;
  ScChange *change;
  gboolean ok;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_ACTION (draft), FALSE);

  if (id != 0 && (stored = _sc_plan_lookup (store, &sc_action_table, id, error)) == NULL)
    return FALSE;
  if (!sc_plan_validate_action (store, draft, error))
    return FALSE;

  today = sc_store_get_today (store);
  row = sc_record_copy (SC_RECORD (draft));
  prepare_row (store, row, stored, today);

  change = sc_store_begin (store, stored ? _("Edit action") : _("Add action"), error);
  if (change == NULL)
    return FALSE;
  ok = sc_change_put (change, row, error);
  if (ok && stored != NULL &&
      sc_record_get_date (stored, SC_ACTION_DUE) != sc_record_get_date (row, SC_ACTION_DUE))
    ok = put_slip (change, id, today, sc_record_get_date (stored, SC_ACTION_DUE),
                   sc_record_get_date (row, SC_ACTION_DUE), slip_reason, error);
  if (!_sc_plan_commit (store, change, ok, error))
    return FALSE;

  sc_record_assign (SC_RECORD (draft), row);
  return TRUE;
}

/* One action, one column change, one undo entry. */
static gboolean
set_status (ScStore         *store,
            gint64           action_id,
            ScActionStatus   status,
            const char      *reason,
            const char      *label,
            GError         **error)
{
  ScRecord *stored = _sc_plan_lookup (store, &sc_action_table, action_id, error);
  g_autoptr(ScRecord) row = NULL;
  g_autofree char *why = _sc_plan_strip (reason);

  if (stored == NULL)
    return FALSE;
  if (status == SC_ACTION_DROPPED && *why == '\0')
    return _sc_plan_fail (error, SC_PLAN_ERROR_NO_REASON,
                          _("Say why the action is dropped: the reason is kept with it."));

  row = sc_record_copy (stored);
  sc_record_set_int (row, SC_ACTION_STATUS, status);
  sc_record_set_null (row, SC_ACTION_DONE_ON);
  sc_record_set_text (row, SC_ACTION_DROP_REASON, why);
  settle_status (row, sc_store_get_today (store));
  if (sc_record_equal (row, stored))
    return TRUE;
  return sc_store_put (store, label, row, error);
}

gboolean
sc_plan_complete_action (ScStore  *store,
                         gint64    action_id,
                         GError  **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  return set_status (store, action_id, SC_ACTION_DONE, NULL, _("Complete action"), error);
}

gboolean
sc_plan_drop_action (ScStore     *store,
                     gint64       action_id,
                     const char  *reason,
                     GError     **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  return set_status (store, action_id, SC_ACTION_DROPPED, reason, _("Drop action"), error);
}

gboolean
sc_plan_reopen_action (ScStore  *store,
                       gint64    action_id,
                       GError  **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  return set_status (store, action_id, SC_ACTION_OPEN, NULL, _("Reopen action"), error);
}

static gboolean
delete_action_rows (ScChange  *change,
                    ScStore   *store,
                    gint64     id,
                    GError   **error)
{
  g_autoptr(GPtrArray) slips = sc_plan_get_slips (store, id);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) actions = _sc_plan_list_array (store, &sc_action_table);

  /* Slips first, so that undo puts the action back before them. */
  for (guint i = 0; i < slips->len; i++)
    if (!sc_change_delete (change, &sc_due_change_table,
                           sc_record_get_id (g_ptr_array_index (slips, i)), error))
      return FALSE;

  lines = sc_store_query_children (store, &sc_review_line_table, SC_REVIEW_LINE_ACTION_ID, id,
                                   error);
  if (lines == NULL ||
      !_sc_plan_unlink (change, lines, SC_REVIEW_LINE_ACTION_ID, id, error) ||
      !_sc_plan_unlink (change, actions, SC_ACTION_CARRIED_FROM, id, error))
    return FALSE;

  return sc_change_delete (change, &sc_action_table, id, error);
}

gboolean
sc_plan_delete_action (ScStore  *store,
                       gint64    action_id,
                       GError  **error)
{
  ScChange *change;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (_sc_plan_lookup (store, &sc_action_table, action_id, error) == NULL)
    return FALSE;
  if (_sc_plan_is_reviewed (store, SC_ITEM_ACTION, action_id))
    return _sc_plan_fail (error, SC_PLAN_ERROR_REVIEWED,
                          _("A quarterly review decided on this action, so it is part of the "
                            "record: drop it instead of deleting it."));

  change = sc_store_begin (store, _("Delete action"), error);
  if (change == NULL)
    return FALSE;
  return _sc_plan_commit (store, change, delete_action_rows (change, store, action_id, error),
                          error);
}

