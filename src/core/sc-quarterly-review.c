/* sc-quarterly-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The quarterly review's session: its items, the decisions and their
 * checks, the draft. Finishing is in sc-quarterly-review-finish.c, what it
 * says in sc-quarterly-review-content.c.
 */

#define G_LOG_DOMAIN "sc-quarterly-review"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-l10n.h"
#include "sc-plan.h"
#include "sc-quarterly-review-private.h"

G_DEFINE_FINAL_TYPE (ScQuarterlyReviewSession, sc_quarterly_review_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (sc-quarterly-review-error-quark, sc_quarterly_review_error)

gboolean
_sc_quarterly_review_fail (GError                 **error,
                           ScQuarterlyReviewError   code,
                           const char              *message)
{
  g_set_error_literal (error, SC_QUARTERLY_REVIEW_ERROR, code, message);
  return FALSE;
}

/* Quarters ----------------------------------------------------------------- */

/* A quarter is reviewed in its last week or after. */
static gboolean
quarter_is_ending (ScStore        *store,
                   const ScPeriod *quarter)
{
  return quarter->last_week <= sc_store_get_today (store);
}

ScQuarterlyReview *
sc_quarterly_review_find (ScStore *store,
                          int      fiscal_year,
                          int      quarter)
{
  GListModel *reviews;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  reviews = sc_store_get_list (store, &sc_quarterly_review_table);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (reviews, i);

      if (sc_record_get_int (r, SC_QUARTERLY_REVIEW_FISCAL_YEAR) == fiscal_year &&
          sc_record_get_int (r, SC_QUARTERLY_REVIEW_QUARTER) == quarter)
        return SC_QUARTERLY_REVIEW (r);
    }
  return NULL;
}

static gboolean
is_finished (ScStore *store,
             int      fiscal_year,
             int      quarter)
{
  ScRecord *review = SC_RECORD (sc_quarterly_review_find (store, fiscal_year, quarter));

  return review != NULL && !sc_record_is_null (review, SC_QUARTERLY_REVIEW_DONE_ON);
}

gboolean
sc_quarterly_review_due_quarter (ScStore  *store,
                                 int      *fiscal_year,
                                 int      *quarter,
                                 gboolean *draft)
{
  ScRecord *review;
  ScCalendar cal;
  ScPeriod period, previous;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  sc_store_get_calendar (store, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_QUARTER, sc_store_get_today (store), &period);
  if (!quarter_is_ending (store, &period))
    sc_calendar_period_shift (&cal, &period, -1, &period);

  /* The quarter before, if it had a plan, is reviewed first: its review
   * carries its open work into this quarter's plan. */
  sc_calendar_period_shift (&cal, &period, -1, &previous);
  if (sc_plan_quarter_has_plan (store, previous.fiscal_year, previous.index) &&
      !is_finished (store, previous.fiscal_year, previous.index))
    period = previous;

  if (period.last_day < sc_record_get_date (SC_RECORD (sc_store_get_company (store)),
                                            SC_COMPANY_CREATED))
    return FALSE;
  if (is_finished (store, period.fiscal_year, period.index))
    return FALSE;
  review = SC_RECORD (sc_quarterly_review_find (store, period.fiscal_year, period.index));

  *fiscal_year = period.fiscal_year;
  *quarter = period.index;
  if (draft != NULL)
    *draft = review != NULL;
  return TRUE;
}

/* The session -------------------------------------------------------------- */

static void
sc_quarterly_review_session_finalize (GObject *object)
{
  ScQuarterlyReviewSession *self = SC_QUARTERLY_REVIEW_SESSION (object);

  g_clear_object (&self->items);
  g_clear_object (&self->store);
  g_clear_pointer (&self->required, g_array_unref);

  G_OBJECT_CLASS (sc_quarterly_review_session_parent_class)->finalize (object);
}

static void
sc_quarterly_review_session_class_init (ScQuarterlyReviewSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_quarterly_review_session_finalize;
}

static void
sc_quarterly_review_session_init (ScQuarterlyReviewSession *self)
{
  self->items = g_list_store_new (SC_TYPE_QUARTERLY_DECISION);
  self->required = g_array_new (FALSE, FALSE, sizeof (gboolean));
}

static void
add_item (ScQuarterlyReviewSession *self,
          ScItemKind                kind,
          gint64                    id,
          gboolean                  required)
{
  g_autoptr(ScRecord) draft = sc_record_new (SC_TYPE_QUARTERLY_DECISION);

  sc_record_set_int (draft, SC_DECISION_ITEM_KIND, kind);
  sc_record_set_int (draft, SC_DECISION_ITEM_ID, id);
  sc_record_set_int (draft, SC_DECISION_DECISION, SC_DECISION_NONE);
  g_list_store_append (self->items, draft);
  g_array_append_val (self->required, required);
}

static int
compare_refs (gconstpointer a,
              gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a, *y = *(ScRecord **) b;
  int by_ref = g_strcmp0 (sc_record_get_text (x, SC_ACTION_REF),
                          sc_record_get_text (y, SC_ACTION_REF));

  if (by_ref != 0)
    return by_ref;
  return (sc_record_get_id (x) > sc_record_get_id (y)) -
         (sc_record_get_id (x) < sc_record_get_id (y));
}

/* The quarter's actions, by ref: the open ones, or the finished ones. */
static GPtrArray *
quarter_actions (ScQuarterlyReviewSession *self,
                 gboolean                  open)
{
  GListModel *actions = sc_store_get_list (self->store, &sc_action_table);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      ScRecord *a = g_list_model_get_item (actions, i);

      if (sc_record_get_int (a, SC_ACTION_FISCAL_YEAR) == self->quarter.fiscal_year &&
          sc_record_get_int (a, SC_ACTION_QUARTER) == self->quarter.index &&
          sc_plan_action_is_open (SC_ACTION (a)) == open)
        g_ptr_array_add (result, a);
      else
        g_object_unref (a);
    }
  g_ptr_array_sort (result, compare_refs);
  return result;
}

static void
add_current_items (ScQuarterlyReviewSession *self)
{
  g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (sc_metrics_for_store (self->store));
  g_autoptr(GPtrArray) priorities = sc_plan_get_priorities (self->store, self->quarter.fiscal_year,
                                                           self->quarter.index);
  g_autoptr(GPtrArray) open = quarter_actions (self, TRUE);
  g_autoptr(GPtrArray) finished = quarter_actions (self, FALSE);

  for (guint i = 0; i < kpis->len; i++)
    add_item (self, SC_ITEM_KPI, sc_record_get_id (g_ptr_array_index (kpis, i)), TRUE);
  for (guint i = 0; i < priorities->len; i++)
    {
      ScRecord *p = g_ptr_array_index (priorities, i);

      if (sc_record_get_int (p, SC_PRIORITY_STATUS) != SC_ACTION_DROPPED)
        add_item (self, SC_ITEM_PRIORITY, sc_record_get_id (p), TRUE);
    }
  for (guint i = 0; i < open->len; i++)
    add_item (self, SC_ITEM_ACTION, sc_record_get_id (g_ptr_array_index (open, i)), TRUE);
  for (guint i = 0; i < finished->len; i++)
    add_item (self, SC_ITEM_ACTION, sc_record_get_id (g_ptr_array_index (finished, i)), FALSE);
}

/* The saved decisions: on the current items of a draft, or the items
 * themselves of a finished review. */
static gboolean
load_decisions (ScQuarterlyReviewSession  *self,
                GError                   **error)
{
  g_autoptr(GPtrArray) rows = sc_store_query_children (self->store, &sc_decision_table,
                                                       SC_DECISION_REVIEW_ID, self->review_id,
                                                       error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      ScRecord *row = g_ptr_array_index (rows, i);
      ScItemKind kind = sc_record_get_int (row, SC_DECISION_ITEM_KIND);
      gint64 id = sc_record_get_int (row, SC_DECISION_ITEM_ID);
      int index = sc_quarterly_review_session_find_item (self, kind, id);

      if (index < 0 && self->read_only)
        {
          add_item (self, kind, id, TRUE);
          index = (int) g_list_model_get_n_items (G_LIST_MODEL (self->items)) - 1;
        }
      /* A draft's decision on an item gone since (an archived KPI) is
       * forgotten: saving again deletes its row. */
      if (index >= 0)
        sc_record_assign (_sc_quarterly_review_item (self, index), row);
    }
  return TRUE;
}

ScQuarterlyReviewSession *
sc_quarterly_review_session_new (ScStore  *store,
                                 int       fiscal_year,
                                 int       quarter,
                                 GError  **error)
{
  g_autoptr(ScQuarterlyReviewSession) self = NULL;
  ScRecord *review;
  ScCalendar cal;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, NULL);

  self = g_object_new (SC_TYPE_QUARTERLY_REVIEW_SESSION, NULL);
  self->store = g_object_ref (store);
  sc_store_get_calendar (store, &cal);
  sc_calendar_quarter (&cal, fiscal_year, quarter, &self->quarter);
  sc_calendar_period_shift (&cal, &self->quarter, 1, &self->next);

  review = SC_RECORD (sc_quarterly_review_find (store, fiscal_year, quarter));
  if (review == NULL && !quarter_is_ending (store, &self->quarter))
    {
      _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_NOT_OVER,
                                 _("A quarter is reviewed in its last week or after."));
      return NULL;
    }
  if (review != NULL)
    {
      self->review_id = sc_record_get_id (review);
      self->done_on = sc_record_get_date (review, SC_QUARTERLY_REVIEW_DONE_ON);
      self->read_only = self->done_on != SC_DAY_NONE;
    }
  if (!self->read_only)
    add_current_items (self);
  if (self->review_id != 0 && !load_decisions (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

ScStore *
sc_quarterly_review_session_get_store (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), NULL);
  return self->store;
}

const ScPeriod *
sc_quarterly_review_session_get_quarter (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), NULL);
  return &self->quarter;
}

const ScPeriod *
sc_quarterly_review_session_get_next (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), NULL);
  return &self->next;
}

gboolean
sc_quarterly_review_session_get_read_only (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), TRUE);
  return self->read_only;
}

gint64
sc_quarterly_review_session_get_review_id (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), 0);
  return self->review_id;
}

ScDay
sc_quarterly_review_session_get_done_on (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), SC_DAY_NONE);
  return self->done_on;
}

/* Items -------------------------------------------------------------------- */

GListModel *
sc_quarterly_review_session_get_items (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), NULL);
  return G_LIST_MODEL (self->items);
}

guint
sc_quarterly_review_session_get_n_items (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

ScRecord *
_sc_quarterly_review_item (ScQuarterlyReviewSession *self,
                           guint                     index)
{
  ScRecord *item = g_list_model_get_item (G_LIST_MODEL (self->items), index);

  /* Borrowed: the list keeps its own reference. */
  g_object_unref (item);
  return item;
}

int
sc_quarterly_review_session_find_item (ScQuarterlyReviewSession *self,
                                       ScItemKind                kind,
                                       gint64                    item_id)
{
  guint n;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), -1);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      ScRecord *item = _sc_quarterly_review_item (self, i);

      if (sc_record_get_int (item, SC_DECISION_ITEM_KIND) == kind &&
          sc_record_get_int (item, SC_DECISION_ITEM_ID) == item_id)
        return (int) i;
    }
  return -1;
}

static const ScTableInfo *
kind_table (ScItemKind kind)
{
  switch (kind)
    {
    case SC_ITEM_KPI:
      return &sc_kpi_table;
    case SC_ITEM_PRIORITY:
      return &sc_priority_table;
    case SC_ITEM_ACTION:
    default:
      return &sc_action_table;
    }
}

ScRecord *
sc_quarterly_review_session_get_record (ScQuarterlyReviewSession *self,
                                        guint                     index)
{
  ScRecord *item;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), NULL);
  g_return_val_if_fail (index < sc_quarterly_review_session_get_n_items (self), NULL);

  item = _sc_quarterly_review_item (self, index);
  return sc_store_lookup (self->store, kind_table (sc_record_get_int (item, SC_DECISION_ITEM_KIND)),
                          sc_record_get_int (item, SC_DECISION_ITEM_ID));
}

const char *
_sc_quarterly_review_item_title (ScQuarterlyReviewSession *self,
                                 guint                     index,
                                 ScLang                    lang)
{
  ScRecord *record = sc_quarterly_review_session_get_record (self, index);

  if (record == NULL)
    return "";
  if (SC_IS_KPI (record))
    return sc_kpi_get_name (SC_KPI (record), lang);
  return sc_record_get_text (record, SC_IS_PRIORITY (record) ? SC_PRIORITY_TITLE : SC_ACTION_TITLE);
}

gboolean
sc_quarterly_review_session_is_required (ScQuarterlyReviewSession *self,
                                         guint                     index)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), FALSE);
  g_return_val_if_fail (index < self->required->len, FALSE);

  return g_array_index (self->required, gboolean, index);
}

int
sc_quarterly_review_session_first_undecided (ScQuarterlyReviewSession *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), -1);

  for (guint i = 0; i < self->required->len; i++)
    if (g_array_index (self->required, gboolean, i) &&
        sc_record_get_int (_sc_quarterly_review_item (self, i), SC_DECISION_DECISION) ==
        SC_DECISION_NONE)
      return (int) i;
  return -1;
}

guint
sc_quarterly_review_session_count_undecided (ScQuarterlyReviewSession *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), 0);

  for (guint i = 0; i < self->required->len; i++)
    n += g_array_index (self->required, gboolean, i) &&
         sc_record_get_int (_sc_quarterly_review_item (self, i), SC_DECISION_DECISION) ==
         SC_DECISION_NONE;
  return n;
}

/* Decisions ---------------------------------------------------------------- */

void
sc_quarterly_review_get_change (ScQuarterlyDecision *item,
                                ScReviewChange      *change)
{
  ScRecord *draft = SC_RECORD (item);

  g_return_if_fail (SC_IS_QUARTERLY_DECISION (item));

  change->new_target = NAN;
  if (!sc_record_is_null (draft, SC_DECISION_NEW_TARGET))
    change->new_target = sc_amount_to_double (sc_record_get_int (draft, SC_DECISION_NEW_TARGET));
  change->new_owner_id = sc_record_get_ref (draft, SC_DECISION_NEW_OWNER_ID);
  change->new_due = sc_record_get_date (draft, SC_DECISION_NEW_DUE);
  change->new_title = sc_record_is_null (draft, SC_DECISION_NEW_TITLE)
                      ? NULL : sc_record_get_text (draft, SC_DECISION_NEW_TITLE);
}

static gboolean
has_text (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped != '\0';
}

/* Someone who may take new work: known and active. */
static gboolean
check_owner (ScQuarterlyReviewSession  *self,
             gint64                     owner_id,
             const char                *title,
             gboolean                   carried,
             GError                   **error)
{
  ScRecord *person = sc_store_lookup (self->store, &sc_person_table, owner_id);

  if (person == NULL)
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_OWNER,
                                      _("Choose the new owner among the people of the company."));
  if (sc_record_get_bool (person, SC_PERSON_ACTIVE))
    return TRUE;
  if (carried)
    g_set_error (error, SC_QUARTERLY_REVIEW_ERROR, SC_QUARTERLY_REVIEW_ERROR_OWNER,
                 /* Translators: "“Visit 12 target accounts” belongs to Sophie Lachance, …" */
                 _("“%s” belongs to %s, who is no longer active: modify it to give it a new "
                   "owner."), title, sc_record_get_text (person, SC_PERSON_NAME));
  else
    g_set_error (error, SC_QUARTERLY_REVIEW_ERROR, SC_QUARTERLY_REVIEW_ERROR_OWNER,
                 /* Translators: %s is a person's name. */
                 _("%s is no longer active: choose someone else."),
                 sc_record_get_text (person, SC_PERSON_NAME));
  return FALSE;
}

/* Whether Modify changes something the item has. */
static gboolean
check_change (ScQuarterlyReviewSession  *self,
              ScRecord                  *record,
              const ScReviewChange      *change,
              GError                   **error)
{
  gboolean changes = change->new_owner_id != 0 || has_text (change->new_title);

  if (SC_IS_KPI (record))
    {
      ScUnit unit = sc_kpi_get_unit (SC_KPI (record));

      if (!isnan (change->new_target) &&
          (!isfinite (change->new_target) || fabs (change->new_target) > 1e13 ||
           (change->new_target < 0 && (unit == SC_UNIT_COUNT || unit == SC_UNIT_DAYS))))
        return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_NOT_ALLOWED,
                                          _("This target cannot be used for this indicator."));
      changes |= !isnan (change->new_target);
    }
  if (SC_IS_ACTION (record))
    {
      changes |= change->new_due != SC_DAY_NONE;
      /* A follow-up of finished work needs a date of its own. */
      if (!sc_plan_action_is_open (SC_ACTION (record)) && change->new_due == SC_DAY_NONE)
        return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_NO_CHANGE,
                                          _("Give the follow-up action its due date in the next "
                                            "quarter."));
    }
  if (!changes)
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_NO_CHANGE,
                                      _("Say what changes: a new target, owner, due date or "
                                        "wording."));
  if (change->new_owner_id != 0)
    return check_owner (self, change->new_owner_id, NULL, FALSE, error);
  return TRUE;
}

static gint64
record_owner (ScRecord *record)
{
  if (SC_IS_KPI (record))
    return sc_record_get_ref (record, SC_KPI_OWNER_ID);
  return sc_record_get_ref (record, SC_IS_PRIORITY (record) ? SC_PRIORITY_OWNER_ID
                                                            : SC_ACTION_OWNER_ID);
}

/* Objectives and open actions are carried over: their owner must be
 * able to take them. */
static gboolean
is_carried (ScRecord   *record,
            ScDecision  decision)
{
  if (decision != SC_DECISION_KEEP && decision != SC_DECISION_MODIFY)
    return FALSE;
  if (SC_IS_PRIORITY (record))
    return TRUE;
  return SC_IS_ACTION (record) &&
         (sc_plan_action_is_open (SC_ACTION (record)) || decision == SC_DECISION_MODIFY);
}

gboolean
_sc_quarterly_review_check (ScQuarterlyReviewSession  *self,
                            guint                      index,
                            ScDecision                 decision,
                            const char                *reason,
                            const ScReviewChange      *change,
                            GError                   **error)
{
  ScRecord *record = sc_quarterly_review_session_get_record (self, index);

  if (record == NULL)
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_NOT_FOUND,
                                      _("This item is no longer in the company file."));
  if ((decision == SC_DECISION_MODIFY || decision == SC_DECISION_DROP) && !has_text (reason))
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_NO_REASON,
                                      decision == SC_DECISION_DROP
                                      ? _("Say why it is dropped: the reason is kept with it.")
                                      : _("Say why it changes: the reason is kept with it."));
  if (decision == SC_DECISION_DROP && SC_IS_ACTION (record) &&
      sc_record_get_int (record, SC_ACTION_STATUS) == SC_ACTION_DONE)
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_NOT_ALLOWED,
                                      _("A done action stays done: keep it, or modify it to "
                                        "carry a follow-up into the next quarter."));
  if (decision == SC_DECISION_MODIFY && !check_change (self, record, change, error))
    return FALSE;
  if (is_carried (record, decision) &&
      !(decision == SC_DECISION_MODIFY && change->new_owner_id != 0))
    return check_owner (self, record_owner (record),
                        _sc_quarterly_review_item_title (self, index, sc_l10n_ui_lang ()), TRUE,
                        error);
  return TRUE;
}

static void
write_decision (ScRecord             *draft,
                ScDecision            decision,
                const char           *reason,
                const ScReviewChange *change)
{
  g_autofree char *why = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autofree char *title = g_strstrip (g_strdup (change->new_title ? change->new_title : ""));
  gboolean modify = decision == SC_DECISION_MODIFY;

  g_object_freeze_notify (G_OBJECT (draft));
  sc_record_set_int (draft, SC_DECISION_DECISION, decision);
  sc_record_set_text (draft, SC_DECISION_REASON, decision == SC_DECISION_NONE ? "" : why);
  if (modify && !isnan (change->new_target))
    sc_record_set_int (draft, SC_DECISION_NEW_TARGET, sc_amount_from_double (change->new_target));
  else
    sc_record_set_null (draft, SC_DECISION_NEW_TARGET);
  sc_record_set_ref (draft, SC_DECISION_NEW_OWNER_ID, modify ? change->new_owner_id : 0);
  sc_record_set_date (draft, SC_DECISION_NEW_DUE, modify ? change->new_due : SC_DAY_NONE);
  if (modify && *title != '\0')
    sc_record_set_text (draft, SC_DECISION_NEW_TITLE, title);
  else
    sc_record_set_null (draft, SC_DECISION_NEW_TITLE);
  g_object_thaw_notify (G_OBJECT (draft));
}

gboolean
sc_quarterly_review_session_decide (ScQuarterlyReviewSession  *self,
                                    guint                      index,
                                    ScDecision                 decision,
                                    const char                *reason,
                                    const ScReviewChange      *change,
                                    GError                   **error)
{
  ScReviewChange none = SC_REVIEW_CHANGE_INIT;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), FALSE);
  g_return_val_if_fail (index < sc_quarterly_review_session_get_n_items (self), FALSE);
  g_return_val_if_fail (decision <= SC_DECISION_DROP, FALSE);

  if (self->read_only)
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_READ_ONLY,
                                      _("This review is finished: it can no longer be changed."));
  if (change == NULL)
    change = &none;
  if (decision != SC_DECISION_NONE &&
      !_sc_quarterly_review_check (self, index, decision, reason, change, error))
    return FALSE;

  write_decision (_sc_quarterly_review_item (self, index), decision, reason, change);
  return TRUE;
}

/* Writing ------------------------------------------------------------------ */

ScRecord *
_sc_quarterly_review_row (ScQuarterlyReviewSession *self,
                          ScDay                     done_on)
{
  ScRecord *row = NULL;

  if (self->review_id != 0)
    row = sc_store_lookup (self->store, &sc_quarterly_review_table, self->review_id);
  row = row ? sc_record_copy (row) : sc_record_new (SC_TYPE_QUARTERLY_REVIEW);
  sc_record_set_int (row, SC_QUARTERLY_REVIEW_FISCAL_YEAR, self->quarter.fiscal_year);
  sc_record_set_int (row, SC_QUARTERLY_REVIEW_QUARTER, self->quarter.index);
  sc_record_set_date (row, SC_QUARTERLY_REVIEW_DONE_ON, done_on);
  return row;
}

static gboolean
is_written (ScRecord *item)
{
  return sc_record_get_int (item, SC_DECISION_DECISION) != SC_DECISION_NONE ||
         *sc_record_get_text (item, SC_DECISION_REASON) != '\0';
}

gboolean
_sc_quarterly_review_put_items (ScQuarterlyReviewSession  *self,
                                ScChange                  *change,
                                gint64                     review_id,
                                GPtrArray                 *written,
                                GError                   **error)
{
  guint n = sc_quarterly_review_session_get_n_items (self);

  for (guint i = 0; i < n; i++)
    {
      ScRecord *item = _sc_quarterly_review_item (self, i);
      g_autoptr(ScRecord) row = NULL;

      if (!is_written (item))
        {
          g_ptr_array_add (written, NULL);
          if (sc_record_get_id (item) != 0 &&
              !sc_change_delete (change, &sc_decision_table, sc_record_get_id (item), error))
            return FALSE;
          continue;
        }
      row = sc_record_copy (item);
      sc_record_set_ref (row, SC_DECISION_REVIEW_ID, review_id);
      if (!sc_change_put (change, row, error))
        return FALSE;
      g_ptr_array_add (written, g_steal_pointer (&row));
    }
  return TRUE;
}

void
_sc_quarterly_review_took_ids (ScQuarterlyReviewSession *self,
                               GPtrArray                *written)
{
  for (guint i = 0; i < written->len; i++)
    {
      ScRecord *row = g_ptr_array_index (written, i);
      ScRecord *item = _sc_quarterly_review_item (self, i);

      sc_record_set_id (item, row ? sc_record_get_id (row) : 0);
      sc_record_set_ref (item, SC_DECISION_REVIEW_ID, row ? self->review_id : 0);
    }
}

static void
clear_object (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

gboolean
sc_quarterly_review_session_save_draft (ScQuarterlyReviewSession  *self,
                                        GError                   **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (clear_object);
  g_autoptr(ScRecord) review = NULL;
  ScChange *change;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), FALSE);

  if (self->read_only)
    return _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_READ_ONLY,
                                      _("This review is finished: it can no longer be changed."));

  change = sc_store_begin (self->store, _("Quarterly review draft"), error);
  if (change == NULL)
    return FALSE;
  review = _sc_quarterly_review_row (self, SC_DAY_NONE);
  if (!sc_change_put (change, review, error) ||
      !_sc_quarterly_review_put_items (self, change, sc_record_get_id (review), written, error))
    {
      sc_store_rollback (self->store, change);
      return FALSE;
    }
  if (!sc_store_commit (self->store, change, error))
    return FALSE;

  self->review_id = sc_record_get_id (review);
  _sc_quarterly_review_took_ids (self, written);
  return TRUE;
}
