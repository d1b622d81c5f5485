/* sc-quarterly-review-finish.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finishing a quarterly review: the decisions become the next quarter's
 * plan, in one change of the store.
 */

#define G_LOG_DOMAIN "sc-quarterly-review"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-kpi-editing.h"
#include "sc-l10n.h"
#include "sc-plan.h"
#include "sc-quarterly-review-private.h"

typedef struct
{
  ScQuarterlyReviewSession *self;
  ScStore                  *store;
  ScChange                 *change;
  ScDay                     today;
  GHashTable               *priorities;     /* old objective id → carried one's id */
  guint                     next_priority;  /* number of the next "On" */
  guint                     next_position;
  guint                     next_action;    /* number of the next "Ann" */
  char                     *next_name;      /* "Q2 FY2025" */
} Finish;

/* Checks --------------------------------------------------------------------- */

static guint
count_carried_priorities (ScQuarterlyReviewSession *self)
{
  guint n = 0;

  for (guint i = 0; i < sc_quarterly_review_session_get_n_items (self); i++)
    {
      ScRecord *item = _sc_quarterly_review_item (self, i);
      ScDecision decision = sc_record_get_int (item, SC_DECISION_DECISION);

      n += sc_record_get_int (item, SC_DECISION_ITEM_KIND) == SC_ITEM_PRIORITY &&
           (decision == SC_DECISION_KEEP || decision == SC_DECISION_MODIFY);
    }
  return n;
}

static gboolean
check_all (ScQuarterlyReviewSession  *self,
           GError                   **error)
{
  int first = sc_quarterly_review_session_first_undecided (self);
  guint carried;

  if (first >= 0)
    {
      guint left = sc_quarterly_review_session_count_undecided (self);

      g_set_error (error, SC_QUARTERLY_REVIEW_ERROR, SC_QUARTERLY_REVIEW_ERROR_UNDECIDED,
                   /* Translators: "Decide on every item first: 3 left, starting with
                    * “Sales”." */
                   ngettext ("Decide on every item first: %u left, “%s”.",
                             "Decide on every item first: %u left, starting with “%s”.", left),
                   left, _sc_quarterly_review_item_title (self, first, sc_l10n_ui_lang ()));
      return FALSE;
    }

  for (guint i = 0; i < sc_quarterly_review_session_get_n_items (self); i++)
    {
      ScRecord *item = _sc_quarterly_review_item (self, i);
      ScDecision decision = sc_record_get_int (item, SC_DECISION_DECISION);
      ScReviewChange change;

      sc_quarterly_review_get_change (SC_QUARTERLY_DECISION (item), &change);
      if (decision != SC_DECISION_NONE &&
          !_sc_quarterly_review_check (self, i, decision,
                                       sc_record_get_text (item, SC_DECISION_REASON), &change,
                                       error))
        return FALSE;
    }

  carried = count_carried_priorities (self);
  if (carried + sc_plan_count_priorities (self->store, self->next.fiscal_year,
                                          self->next.index) > SC_PLAN_MAX_PRIORITIES)
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_TOO_MANY,
                                      _("The next quarter would have more than five priority "
                                        "objectives: drop or merge some of them."));
  return TRUE;
}

/* The numbering of the next quarter's plan ------------------------------------ */

static guint
ref_number (const char *ref)
{
  char *end = NULL;
  guint64 n;

  if (ref == NULL || !g_ascii_isalpha (ref[0]) || !g_ascii_isdigit (ref[1]))
    return 0;
  n = g_ascii_strtoull (ref + 1, &end, 10);
  return *end == '\0' && n < 10000 ? (guint) n : 0;
}

static void
start_numbering (Finish *f)
{
  const ScPeriod *next = &f->self->next;
  g_autoptr(GPtrArray) priorities = sc_plan_get_priorities (f->store, next->fiscal_year,
                                                           next->index);
  g_autofree char *action_ref = sc_plan_next_action_ref (f->store, next->fiscal_year,
                                                         next->index);
  guint highest = 0;

  for (guint i = 0; i < priorities->len; i++)
    {
      ScRecord *p = g_ptr_array_index (priorities, i);

      highest = MAX (highest, ref_number (sc_record_get_text (p, SC_PRIORITY_REF)));
      f->next_position = MAX (f->next_position,
                              (guint) sc_record_get_int (p, SC_PRIORITY_POSITION) + 1);
    }
  f->next_priority = highest + 1;
  f->next_action = ref_number (action_ref);
}

/* KPIs ------------------------------------------------------------------------ */

/* A target version from the first entry period of the next quarter; one
 * already on that day is replaced, the versions before stay. */
static gboolean
put_target (Finish      *f,
            ScKpi       *kpi,
            double       value,
            const char  *reason,
            GError     **error)
{
  gint64 kpi_id = sc_record_get_id (SC_RECORD (kpi));
  ScDay effective = sc_metrics_entry_period (sc_metrics_for_store (f->store), kpi,
                                             f->self->next.first_week);
  g_autoptr(GPtrArray) versions = sc_kpi_editing_get_targets (f->store, kpi_id);
  g_autoptr(ScRecord) row = NULL;

  for (guint i = 0; i < versions->len && row == NULL; i++)
    if (sc_record_get_date (g_ptr_array_index (versions, i), SC_TARGET_EFFECTIVE) == effective)
      row = sc_record_copy (g_ptr_array_index (versions, i));
  if (row == NULL)
    {
      row = sc_record_new (SC_TYPE_TARGET);
      sc_record_set_ref (row, SC_TARGET_KPI_ID, kpi_id);
      sc_record_set_date (row, SC_TARGET_EFFECTIVE, effective);
    }
  sc_record_set_int (row, SC_TARGET_VALUE, sc_amount_from_double (value));
  sc_record_set_text (row, SC_TARGET_NOTE, reason);
  return sc_change_put (f->change, row, error);
}

static gboolean
apply_kpi (Finish                *f,
           ScKpi                 *kpi,
           ScDecision             decision,
           const char            *reason,
           const ScReviewChange  *change,
           GError               **error)
{
  g_autoptr(ScRecord) row = sc_record_copy (SC_RECORD (kpi));

  if (decision == SC_DECISION_DROP)
    {
      sc_record_set_date (row, SC_KPI_ARCHIVED, f->today);
      return sc_change_put (f->change, row, error);
    }
  if (decision != SC_DECISION_MODIFY)
    return TRUE;

  if (!isnan (change->new_target) && !put_target (f, kpi, change->new_target, reason, error))
    return FALSE;
  if (change->new_owner_id != 0)
    sc_record_set_ref (row, SC_KPI_OWNER_ID, change->new_owner_id);
  if (change->new_title != NULL)
    sc_record_set_text (row, SC_KPI_NAME, change->new_title);
  if (sc_record_equal (row, SC_RECORD (kpi)))
    return TRUE;
  return sc_change_put (f->change, row, error);
}

/* Objectives ------------------------------------------------------------------- */

static gboolean
apply_priority (Finish                *f,
                ScRecord              *priority,
                ScDecision             decision,
                const char            *reason,
                const ScReviewChange  *change,
                GError               **error)
{
  g_autoptr(ScRecord) row = sc_record_copy (priority);
  g_autofree char *ref = NULL;
  gint64 old_id = sc_record_get_id (priority);

  if (decision == SC_DECISION_DROP)
    {
      sc_record_set_int (row, SC_PRIORITY_STATUS, SC_ACTION_DROPPED);
      sc_record_set_text (row, SC_PRIORITY_CLOSE_REASON, reason);
      return sc_change_put (f->change, row, error);
    }
  if (decision != SC_DECISION_KEEP && decision != SC_DECISION_MODIFY)
    return TRUE;

  ref = g_strdup_printf ("O%u", f->next_priority++);
  sc_record_set_id (row, 0);
  sc_record_set_int (row, SC_PRIORITY_FISCAL_YEAR, f->self->next.fiscal_year);
  sc_record_set_int (row, SC_PRIORITY_QUARTER, f->self->next.index);
  sc_record_set_text (row, SC_PRIORITY_REF, ref);
  sc_record_set_int (row, SC_PRIORITY_POSITION, f->next_position++);
  sc_record_set_int (row, SC_PRIORITY_STATUS, SC_ACTION_OPEN);
  sc_record_set_text (row, SC_PRIORITY_CLOSE_REASON, "");
  sc_record_set_ref (row, SC_PRIORITY_CARRIED_FROM, old_id);
  if (change->new_title != NULL)
    sc_record_set_text (row, SC_PRIORITY_TITLE, change->new_title);
  if (change->new_owner_id != 0)
    sc_record_set_ref (row, SC_PRIORITY_OWNER_ID, change->new_owner_id);
  if (!sc_change_put (f->change, row, error))
    return FALSE;

  g_hash_table_insert (f->priorities, g_memdup2 (&old_id, sizeof old_id),
                       g_memdup2 (&(gint64) { sc_record_get_id (row) }, sizeof (gint64)));
  return TRUE;
}

/* Actions ---------------------------------------------------------------------- */

static gboolean
put_slip (Finish      *f,
          gint64       action_id,
          ScDay        old_due,
          ScDay        new_due,
          const char  *reason,
          GError     **error)
{
  g_autoptr(ScRecord) slip = sc_record_new (SC_TYPE_DUE_CHANGE);

  sc_record_set_ref (slip, SC_DUE_CHANGE_ACTION_ID, action_id);
  sc_record_set_date (slip, SC_DUE_CHANGE_CHANGED_ON, f->today);
  sc_record_set_date (slip, SC_DUE_CHANGE_OLD_DUE, old_due);
  sc_record_set_date (slip, SC_DUE_CHANGE_NEW_DUE, new_due);
  sc_record_set_text (slip, SC_DUE_CHANGE_REASON, reason);
  return sc_change_put (f->change, slip, error);
}

/* The action's row in the next quarter, with the changes. */
static ScRecord *
carried_action (Finish               *f,
                ScRecord             *action,
                const ScReviewChange *change)
{
  ScRecord *row = sc_record_copy (action);
  gint64 priority = sc_record_get_ref (action, SC_ACTION_PRIORITY_ID);
  gint64 *carried = g_hash_table_lookup (f->priorities, &priority);
  g_autofree char *ref = g_strdup_printf ("A%02u", f->next_action++);

  sc_record_set_id (row, 0);
  sc_record_set_text (row, SC_ACTION_REF, ref);
  sc_record_set_int (row, SC_ACTION_FISCAL_YEAR, f->self->next.fiscal_year);
  sc_record_set_int (row, SC_ACTION_QUARTER, f->self->next.index);
  sc_record_set_int (row, SC_ACTION_STATUS, SC_ACTION_OPEN);
  sc_record_set_null (row, SC_ACTION_DONE_ON);
  sc_record_set_text (row, SC_ACTION_DROP_REASON, "");
  sc_record_set_ref (row, SC_ACTION_MEETING_ID, 0);
  sc_record_set_ref (row, SC_ACTION_PRIORITY_ID, carried ? *carried : 0);
  sc_record_set_ref (row, SC_ACTION_CARRIED_FROM, sc_record_get_id (action));
  sc_record_set_date (row, SC_ACTION_CREATED, f->today);
  if (change->new_title != NULL)
    sc_record_set_text (row, SC_ACTION_TITLE, change->new_title);
  if (change->new_owner_id != 0)
    sc_record_set_ref (row, SC_ACTION_OWNER_ID, change->new_owner_id);
  if (change->new_due != SC_DAY_NONE)
    sc_record_set_date (row, SC_ACTION_DUE, change->new_due);
  return row;
}

static gboolean
close_action (Finish      *f,
              ScRecord    *action,
              const char  *reason,
              GError     **error)
{
  g_autoptr(ScRecord) row = sc_record_copy (action);

  sc_record_set_int (row, SC_ACTION_STATUS, SC_ACTION_DROPPED);
  sc_record_set_date (row, SC_ACTION_DONE_ON, f->today);
  sc_record_set_text (row, SC_ACTION_DROP_REASON, reason);
  return sc_change_put (f->change, row, error);
}

static gboolean
carry_action (Finish                *f,
              ScRecord              *action,
              const char            *reason,
              const ScReviewChange  *change,
              GError               **error)
{
  gboolean open = sc_plan_action_is_open (SC_ACTION (action));
  g_autoptr(ScRecord) row = carried_action (f, action, change);
  g_autofree char *moved = NULL;
  ScDay old_due = sc_record_get_date (action, SC_ACTION_DUE);
  ScDay new_due = sc_record_get_date (row, SC_ACTION_DUE);

  /* An open action goes on, and its original due date with it; the
   * follow-up of finished work is new work. */
  if (!open)
    sc_record_set_date (row, SC_ACTION_ORIGINAL_DUE, new_due);
  if (!sc_plan_validate_action (f->store, SC_ACTION (row), error) ||
      !sc_change_put (f->change, row, error))
    return FALSE;
  if (!open)
    return TRUE;

  if (new_due != old_due &&
      !put_slip (f, sc_record_get_id (row), old_due, new_due, reason, error))
    return FALSE;
  /* Translators: why a carried action is closed in its own quarter:
   * "Carried over to Q2 FY2025 as A01." */
  moved = g_strdup_printf (_("Carried over to %s as %s."), f->next_name,
                           sc_record_get_text (row, SC_ACTION_REF));
  return close_action (f, action, moved, error);
}

static gboolean
apply_action (Finish                *f,
              ScRecord              *action,
              ScDecision             decision,
              const char            *reason,
              const ScReviewChange  *change,
              GError               **error)
{
  gboolean open = sc_plan_action_is_open (SC_ACTION (action));

  if (open && decision == SC_DECISION_DROP)
    return close_action (f, action, reason, error);
  if ((open && decision == SC_DECISION_KEEP) || decision == SC_DECISION_MODIFY)
    return carry_action (f, action, reason, change, error);
  /* Finished actions kept, or dropped again, stay as they are. */
  return TRUE;
}

/* Finishing --------------------------------------------------------------------- */

static gboolean
apply_item (Finish   *f,
            guint     index,
            GError  **error)
{
  ScRecord *item = _sc_quarterly_review_item (f->self, index);
  ScRecord *record = sc_quarterly_review_session_get_record (f->self, index);
  ScDecision decision = sc_record_get_int (item, SC_DECISION_DECISION);
  const char *reason = sc_record_get_text (item, SC_DECISION_REASON);
  ScReviewChange change;

  if (record == NULL || decision == SC_DECISION_NONE)
    return TRUE;
  sc_quarterly_review_get_change (SC_QUARTERLY_DECISION (item), &change);
  if (SC_IS_KPI (record))
    return apply_kpi (f, SC_KPI (record), decision, reason, &change, error);
  if (SC_IS_PRIORITY (record))
    return apply_priority (f, record, decision, reason, &change, error);
  return apply_action (f, record, decision, reason, &change, error);
}

static gboolean
apply_all (Finish     *f,
           ScRecord   *review,
           GPtrArray  *written,
           GError    **error)
{
  guint n = sc_quarterly_review_session_get_n_items (f->self);

  if (!sc_change_put (f->change, review, error) ||
      !_sc_quarterly_review_put_items (f->self, f->change, sc_record_get_id (review), written,
                                       error))
    return FALSE;

  /* Items come KPIs first, then objectives, then actions: an action's
   * carried objective is known when the action is carried. */
  start_numbering (f);
  for (guint i = 0; i < n; i++)
    if (!apply_item (f, i, error))
      return FALSE;
  return TRUE;
}

static void
clear_object (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

gboolean
sc_quarterly_review_session_finish (ScQuarterlyReviewSession  *self,
                                    GError                   **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (clear_object);
  g_autoptr(GHashTable) priorities = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            g_free, g_free);
  g_autoptr(ScRecord) review = NULL;
  g_autofree char *next_name = NULL;
  ScCalendar cal;
  Finish f = { self, self->store, NULL, sc_store_get_today (self->store), priorities };
  gboolean ok;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), FALSE);

  if (self->read_only)
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_READ_ONLY,
                                      _("This review is finished: it can no longer be changed."));
  if (!check_all (self, error))
    return FALSE;

  sc_store_get_calendar (self->store, &cal);
  next_name = sc_format_quarter (sc_l10n_ui_lang (), &cal, self->next.fiscal_year,
                                 self->next.index);
  f.next_name = next_name;
  f.change = sc_store_begin (self->store, _("Quarterly review"), error);
  if (f.change == NULL)
    return FALSE;
  review = _sc_quarterly_review_row (self, f.today);
  ok = apply_all (&f, review, written, error);
  if (!ok)
    {
      sc_store_rollback (self->store, f.change);
      return FALSE;
    }
  if (!sc_store_commit (self->store, f.change, error))
    return FALSE;

  self->review_id = sc_record_get_id (review);
  self->done_on = f.today;
  self->read_only = TRUE;
  _sc_quarterly_review_took_ids (self, written);
  return TRUE;
}
