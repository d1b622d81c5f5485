/* sc-monthly-review-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A monthly review's countermeasures made actions, and saving the review:
 * the review, its lines and its new actions in one change.
 */

#define G_LOG_DOMAIN "sc-monthly-review"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-monthly-review-private.h"
#include "sc-plan.h"

/* The actions written by a save, by line: NULL where a line has none. */
static void
clear_object (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

/* Actions ------------------------------------------------------------------ */

static char *
month_name (ScMonthlyReviewSession *self)
{
  return sc_format_month_year (sc_l10n_ui_lang (), self->month.year, self->month.index);
}

/* The action's notes say where it comes from and why. */
static char *
action_notes (ScMonthlyReviewSession *self,
              ScVarianceLine         *line)
{
  g_autofree char *month = month_name (self);
  const char *kpi = sc_kpi_get_name (line->kpi, sc_l10n_ui_lang ());

  if (*line->cause == '\0')
    /* Translators: the notes of an action made from a countermeasure:
     * "From the monthly variance review of August 2025 (Gross margin)." */
    return g_strdup_printf (_("From the monthly variance review of %s (%s)."), month, kpi);
  /* Translators: the same with the cause of the variance after it. */
  return g_strdup_printf (_("From the monthly variance review of %s (%s). Cause: %s"),
                          month, kpi, line->cause);
}

ScAction *
sc_monthly_review_session_make_action (ScMonthlyReviewSession  *self,
                                       guint                    index,
                                       gint64                   owner_id,
                                       ScDay                    due,
                                       GError                 **error)
{
  g_autoptr(ScAction) draft = NULL;
  ScVarianceLine *line;
  ScRecord *r;

  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), NULL);

  if ((line = _sc_monthly_review_editable_line (self, index)) == NULL)
    {
      g_set_error_literal (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_READ_ONLY,
                           _("This review is saved: it can no longer be changed."));
      return NULL;
    }
  if (*line->countermeasure == '\0')
    {
      g_set_error_literal (error, SC_MONTHLY_REVIEW_ERROR,
                           SC_MONTHLY_REVIEW_ERROR_NO_COUNTERMEASURE,
                           _("Write the countermeasure first: it becomes the action."));
      return NULL;
    }

  draft = sc_plan_new_action (self->store, 0, 0);
  r = SC_RECORD (draft);
  sc_record_set_text (r, SC_ACTION_TITLE, line->countermeasure);
  sc_record_set_ref (r, SC_ACTION_OWNER_ID, owner_id);
  sc_record_set_date (r, SC_ACTION_DUE, due);
  sc_record_set_ref (r, SC_ACTION_KPI_ID, sc_record_get_id (SC_RECORD (line->kpi)));
  if (!sc_plan_validate_action (self->store, draft, error))
    return NULL;

  g_set_object (&line->action, draft);
  return line->action;
}

void
sc_monthly_review_session_remove_action (ScMonthlyReviewSession *self,
                                         guint                   index)
{
  ScVarianceLine *line;

  g_return_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self));

  if ((line = _sc_monthly_review_editable_line (self, index)) != NULL)
    g_clear_object (&line->action);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
check_lines (ScMonthlyReviewSession  *self,
             GError                 **error)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      ScVarianceLine *line = g_ptr_array_index (self->lines, i);
      const char *name = sc_kpi_get_name (line->kpi, sc_l10n_ui_lang ());

      if (!_sc_monthly_review_is_missing (line))
        continue;
      if (*line->cause == '\0')
        g_set_error (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NO_CAUSE,
                     /* Translators: %s is a KPI's name. */
                     _("%s is off target: say what caused the variance."), name);
      else
        g_set_error (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NO_COUNTERMEASURE,
                     /* Translators: %s is a KPI's name. */
                     _("%s is off target: say what will be done about it."), name);
      return FALSE;
    }
  return TRUE;
}

static gint64
put_review (ScMonthlyReviewSession  *self,
            ScChange                *change,
            GError                 **error)
{
  g_autoptr(ScRecord) review = sc_record_new (SC_TYPE_MONTHLY_REVIEW);

  sc_record_set_int (review, SC_MONTHLY_REVIEW_YEAR, self->month.year);
  sc_record_set_int (review, SC_MONTHLY_REVIEW_MONTH, self->month.index);
  sc_record_set_date (review, SC_MONTHLY_REVIEW_DONE_ON, sc_store_get_today (self->store));
  sc_record_set_text (review, SC_MONTHLY_REVIEW_NOTES, self->notes);
  if (!sc_change_put (change, review, error))
    return 0;
  return sc_record_get_id (review);
}

/* sc_plan_save_action () writes an action in a change of its own; this one
 * joins the review's change, with the columns it would give it. The
 * store's lists learn of the new rows only at the commit, so refs are
 * counted here. */
static ScRecord *
put_action (ScMonthlyReviewSession  *self,
            ScChange                *change,
            ScVarianceLine          *line,
            guint                   *next_ref,
            GError                 **error)
{
  g_autoptr(ScRecord) row = sc_record_copy (SC_RECORD (line->action));
  g_autofree char *ref = NULL;
  g_autofree char *notes = action_notes (self, line);

  if (!sc_plan_validate_action (self->store, line->action, error))
    return NULL;
  if (*next_ref == 0)
    {
      g_autofree char *first =
        sc_plan_next_action_ref (self->store, sc_record_get_int (row, SC_ACTION_FISCAL_YEAR),
                                 sc_record_get_int (row, SC_ACTION_QUARTER));

      *next_ref = (guint) strtoul (first + 1, NULL, 10);
    }
  ref = g_strdup_printf ("A%02u", (*next_ref)++);
  sc_record_set_text (row, SC_ACTION_REF, ref);
  sc_record_set_date (row, SC_ACTION_ORIGINAL_DUE, sc_record_get_date (row, SC_ACTION_DUE));
  sc_record_set_date (row, SC_ACTION_CREATED, sc_store_get_today (self->store));
  sc_record_set_text (row, SC_ACTION_NOTES, notes);
  if (!sc_change_put (change, row, error))
    return NULL;
  return g_steal_pointer (&row);
}

static gboolean
put_line (ScChange        *change,
          gint64           review_id,
          ScVarianceLine  *line,
          gint64           action_id,
          GError         **error)
{
  g_autoptr(ScRecord) row = sc_record_new (SC_TYPE_REVIEW_LINE);

  sc_record_set_ref (row, SC_REVIEW_LINE_REVIEW_ID, review_id);
  sc_record_set_ref (row, SC_REVIEW_LINE_KPI_ID, sc_record_get_id (SC_RECORD (line->kpi)));
  if (sc_figure_has_target (&line->month))
    sc_record_set_int (row, SC_REVIEW_LINE_TARGET, sc_amount_from_double (line->month.target));
  if (sc_figure_has_actual (&line->month))
    sc_record_set_int (row, SC_REVIEW_LINE_ACTUAL, sc_amount_from_double (line->month.actual));
  sc_record_set_int (row, SC_REVIEW_LINE_STATUS, line->month.status);
  sc_record_set_text (row, SC_REVIEW_LINE_CAUSE, line->cause);
  sc_record_set_text (row, SC_REVIEW_LINE_COUNTERMEASURE, line->countermeasure);
  sc_record_set_ref (row, SC_REVIEW_LINE_ACTION_ID, action_id);
  return sc_change_put (change, row, error);
}

static gboolean
put_all (ScMonthlyReviewSession  *self,
         ScChange                *change,
         GPtrArray               *actions,
         GError                 **error)
{
  gint64 review_id = put_review (self, change, error);
  guint next_ref = 0;

  if (review_id == 0)
    return FALSE;
  self->review_id = review_id;
  for (guint i = 0; i < self->lines->len; i++)
    {
      ScVarianceLine *line = g_ptr_array_index (self->lines, i);
      ScRecord *action = NULL;

      if (line->action != NULL &&
          (action = put_action (self, change, line, &next_ref, error)) == NULL)
        return FALSE;
      g_ptr_array_add (actions, action);
      if (!put_line (change, review_id, line, action ? sc_record_get_id (action) : 0, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sc_monthly_review_session_save (ScMonthlyReviewSession  *self,
                                GError                 **error)
{
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (clear_object);
  ScChange *change;

  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), FALSE);

  if (self->read_only)
    {
      g_set_error_literal (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_READ_ONLY,
                           _("This review is saved: it can no longer be changed."));
      return FALSE;
    }
  if (!check_lines (self, error))
    return FALSE;

  change = sc_store_begin (self->store, _("Monthly variance review"), error);
  if (change == NULL)
    return FALSE;
  if (!put_all (self, change, actions, error))
    {
      self->review_id = 0;
      sc_store_rollback (self->store, change);
      return FALSE;
    }
  if (!sc_store_commit (self->store, change, error))
    {
      self->review_id = 0;
      return FALSE;
    }

  /* The drafts become what was written: refs, ids, notes. */
  for (guint i = 0; i < self->lines->len; i++)
    {
      ScVarianceLine *line = g_ptr_array_index (self->lines, i);
      ScRecord *row = g_ptr_array_index (actions, i);

      if (row != NULL)
        sc_record_assign (SC_RECORD (line->action), row);
    }
  self->done_on = sc_store_get_today (self->store);
  self->read_only = TRUE;
  return TRUE;
}
