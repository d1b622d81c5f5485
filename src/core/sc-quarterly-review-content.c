/* sc-quarterly-review-content.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a quarterly review says, in the language asked for: each item, its
 * state, the decision, the reason and the changes; the review's summary.
 * The screen and the printed review show the same text.
 */

#define G_LOG_DOMAIN "sc-quarterly-review"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-plan.h"
#include "sc-quarterly-review-private.h"

/* The formats come from the catalogue of the document's language (L_ ()
 * is not gettext, so the compiler cannot see the literal); msgfmt
 * --check-format keeps the translations' conversions identical. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

const char *
sc_decision_get_label (ScDecision decision,
                       ScLang     lang)
{
  switch (decision)
    {
    case SC_DECISION_KEEP:
      return LC_(lang, "decision", "Keep");
    case SC_DECISION_MODIFY:
      return LC_(lang, "decision", "Modify");
    case SC_DECISION_DROP:
      return LC_(lang, "decision", "Drop");
    case SC_DECISION_NONE:
    default:
      return LC_(lang, "decision", "To decide");
    }
}

void
sc_quarterly_review_content_item_free (ScQuarterlyReviewContentItem *item)
{
  if (item == NULL)
    return;
  g_free (item->ref);
  g_free (item->title);
  g_free (item->owner);
  g_free (item->state);
  g_free (item->decision_label);
  g_free (item->reason);
  g_free (item->changes);
  g_free (item);
}

void
sc_quarterly_review_content_free (ScQuarterlyReviewContent *content)
{
  if (content == NULL)
    return;
  g_free (content->company);
  g_free (content->title);
  g_free (content->period);
  g_free (content->held);
  g_free (content->summary);
  g_free (content->next_plan);
  g_clear_pointer (&content->items, g_ptr_array_unref);
  g_free (content);
}

static char *
person_name (ScStore *store,
             gint64   id)
{
  ScRecord *person = id ? sc_store_lookup (store, &sc_person_table, id) : NULL;

  return g_strdup (person ? sc_record_get_text (person, SC_PERSON_NAME) : "");
}

static const char *
currency (ScStore *store)
{
  return sc_record_get_text (SC_RECORD (sc_store_get_company (store)), SC_COMPANY_CURRENCY);
}

/* States ---------------------------------------------------------------------- */

/* "Quarter: 141 against 156 · To watch" */
static char *
kpi_state (ScQuarterlyReviewSession *self,
           ScKpi                    *kpi,
           ScLang                    lang)
{
  ScFigure figure;
  g_autofree char *actual = NULL;
  g_autofree char *target = NULL;

  sc_metrics_figure (sc_metrics_for_store (self->store), kpi, &self->quarter, SC_DAY_NONE,
                     &figure);
  actual = sc_kpi_format_value (kpi, lang, currency (self->store), figure.actual, TRUE);
  target = sc_kpi_format_value (kpi, lang, currency (self->store), figure.target, TRUE);
  /* Translators: a KPI over the quarter: "Quarter: $1,995K against $1,830K · On target". */
  return g_strdup_printf (L_(lang, "Quarter: %s against %s · %s"), actual, target,
                          sc_status_get_label (figure.status, lang));
}

/* "2 of 4 actions done" */
static char *
priority_state (ScQuarterlyReviewSession *self,
                ScRecord                 *priority,
                ScLang                    lang)
{
  GListModel *actions = sc_store_get_list (self->store, &sc_action_table);
  guint n = 0, done = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (actions, i);

      if (sc_record_get_ref (a, SC_ACTION_PRIORITY_ID) != sc_record_get_id (priority))
        continue;
      n++;
      done += sc_record_get_int (a, SC_ACTION_STATUS) == SC_ACTION_DONE;
    }
  return g_strdup_printf (LN_(lang, "%u of %u action done", "%u of %u actions done", n), done, n);
}

static char *
action_state (ScQuarterlyReviewSession *self,
              ScRecord                 *action,
              ScLang                    lang)
{
  ScDay today = sc_store_get_today (self->store);
  g_autofree char *due = sc_format_date_long (lang, sc_record_get_date (action, SC_ACTION_DUE),
                                              FALSE);
  g_autofree char *closed = sc_format_date_long (lang,
                                                 sc_record_get_date (action, SC_ACTION_DONE_ON),
                                                 FALSE);
  guint late = sc_plan_days_late (SC_ACTION (action), today);

  switch (sc_record_get_int (action, SC_ACTION_STATUS))
    {
    case SC_ACTION_DONE:
      return g_strdup_printf (L_(lang, "Done on %s"), closed);
    case SC_ACTION_DROPPED:
      /* Translators: "Dropped on May 28, 2025: job costing incomplete." */
      return g_strdup_printf (L_(lang, "Dropped on %s: %s"), closed,
                              sc_record_get_text (action, SC_ACTION_DROP_REASON));
    default:
      if (late > 0)
        /* Translators: "Open, due May 30, 2025, 119 days late". */
        return g_strdup_printf (LN_(lang, "Open, due %s, %u day late", "Open, due %s, %u days late",
                                    late), due, late);
      return g_strdup_printf (L_(lang, "Open, due %s"), due);
    }
}

/* Changes ---------------------------------------------------------------------- */

static void
append_change (GString    *text,
               const char *part)
{
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

static char *
changes_text (ScQuarterlyReviewSession *self,
              ScRecord                 *item,
              ScRecord                 *record,
              ScLang                    lang)
{
  g_autoptr(GString) text = g_string_new (NULL);
  ScReviewChange change;

  if (sc_record_get_int (item, SC_DECISION_DECISION) != SC_DECISION_MODIFY)
    return g_strdup ("");
  sc_quarterly_review_get_change (SC_QUARTERLY_DECISION (item), &change);

  if (!isnan (change.new_target) && record != NULL && SC_IS_KPI (record))
    {
      g_autofree char *value = sc_kpi_format_value (SC_KPI (record), lang, currency (self->store),
                                                    change.new_target, TRUE);
      g_autofree char *from = sc_format_date_long (lang, self->next.first_week, FALSE);
      g_autofree char *part = g_strdup_printf (L_(lang, "New target: %s from %s"), value, from);

      append_change (text, part);
    }
  if (change.new_owner_id != 0)
    {
      g_autofree char *name = person_name (self->store, change.new_owner_id);
      g_autofree char *part = g_strdup_printf (L_(lang, "New owner: %s"), name);

      append_change (text, part);
    }
  if (change.new_due != SC_DAY_NONE)
    {
      g_autofree char *due = sc_format_date_long (lang, change.new_due, FALSE);
      g_autofree char *part = g_strdup_printf (L_(lang, "New due date: %s"), due);

      append_change (text, part);
    }
  if (change.new_title != NULL)
    {
      /* Translators: the new wording of an objective or an action, in quotes. */
      g_autofree char *part = g_strdup_printf (L_(lang, "New wording: “%s”"), change.new_title);

      append_change (text, part);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Items ------------------------------------------------------------------------ */

ScQuarterlyReviewContentItem *
sc_quarterly_review_session_dup_item (ScQuarterlyReviewSession *self,
                                      guint                     index,
                                      ScLang                    lang)
{
  ScQuarterlyReviewContentItem *out;
  ScRecord *item;
  ScRecord *record;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), NULL);
  g_return_val_if_fail (index < sc_quarterly_review_session_get_n_items (self), NULL);

  item = _sc_quarterly_review_item (self, index);
  record = sc_quarterly_review_session_get_record (self, index);
  out = g_new0 (ScQuarterlyReviewContentItem, 1);
  out->kind = sc_record_get_int (item, SC_DECISION_ITEM_KIND);
  out->item_id = sc_record_get_int (item, SC_DECISION_ITEM_ID);
  out->required = sc_quarterly_review_session_is_required (self, index);
  out->decision = sc_record_get_int (item, SC_DECISION_DECISION);
  out->decision_label = g_strdup (sc_decision_get_label (out->decision, lang));
  out->reason = g_strdup (sc_record_get_text (item, SC_DECISION_REASON));
  out->title = g_strdup (_sc_quarterly_review_item_title (self, index, lang));
  out->changes = changes_text (self, item, record, lang);

  if (record == NULL)
    {
      out->ref = g_strdup ("");
      out->owner = g_strdup ("");
      out->state = g_strdup ("");
    }
  else if (SC_IS_KPI (record))
    {
      out->ref = g_strdup ("");
      out->owner = person_name (self->store, sc_record_get_ref (record, SC_KPI_OWNER_ID));
      out->state = kpi_state (self, SC_KPI (record), lang);
    }
  else if (SC_IS_PRIORITY (record))
    {
      out->ref = g_strdup (sc_record_get_text (record, SC_PRIORITY_REF));
      out->owner = person_name (self->store, sc_record_get_ref (record, SC_PRIORITY_OWNER_ID));
      out->state = priority_state (self, record, lang);
    }
  else
    {
      out->ref = g_strdup (sc_record_get_text (record, SC_ACTION_REF));
      out->owner = person_name (self->store, sc_record_get_ref (record, SC_ACTION_OWNER_ID));
      out->state = action_state (self, record, lang);
    }
  return out;
}

/* The review ------------------------------------------------------------------- */

static gboolean
was_carried (ScStore *store,
             gint64   action_id)
{
  GListModel *actions = sc_store_get_list (store, &sc_action_table);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (actions, i);

      if (sc_record_get_ref (a, SC_ACTION_CARRIED_FROM) == action_id)
        return TRUE;
    }
  return FALSE;
}

/* Whether the action goes on in the next quarter: by the decision, or,
 * once the review is finished (its open actions are closed now), by the
 * copy it left there. */
static gboolean
will_carry (ScQuarterlyReviewSession *self,
            ScRecord                 *action,
            ScDecision                decision)
{
  if (self->read_only)
    return was_carried (self->store, sc_record_get_id (action));
  return decision == SC_DECISION_MODIFY ||
         (decision == SC_DECISION_KEEP && sc_plan_action_is_open (SC_ACTION (action)));
}

static char *
summary_text (ScQuarterlyReviewSession *self,
              ScLang                    lang,
              guint                    *n_priorities,
              guint                    *n_actions)
{
  guint counts[SC_DECISION_DROP + 1] = { 0 };
  guint n = sc_quarterly_review_session_get_n_items (self);
  guint decided;

  for (guint i = 0; i < n; i++)
    {
      ScRecord *item = _sc_quarterly_review_item (self, i);
      ScRecord *record = sc_quarterly_review_session_get_record (self, i);
      ScDecision decision = sc_record_get_int (item, SC_DECISION_DECISION);
      gboolean carried = decision == SC_DECISION_MODIFY || decision == SC_DECISION_KEEP;

      counts[decision]++;
      if (record != NULL && SC_IS_PRIORITY (record) && carried)
        (*n_priorities)++;
      if (record != NULL && SC_IS_ACTION (record) && will_carry (self, record, decision))
        (*n_actions)++;
    }
  decided = n - counts[SC_DECISION_NONE];
  /* Translators: "12 decisions: 9 kept, 3 modified, 1 dropped". */
  return g_strdup_printf (LN_(lang, "%u decision: %u kept, %u modified, %u dropped",
                              "%u decisions: %u kept, %u modified, %u dropped", decided),
                          decided, counts[SC_DECISION_KEEP], counts[SC_DECISION_MODIFY],
                          counts[SC_DECISION_DROP]);
}

static char *
next_plan_text (ScQuarterlyReviewSession *self,
                ScLang                    lang,
                guint                     n_priorities,
                guint                     n_actions)
{
  ScCalendar cal;
  g_autofree char *next = NULL;
  g_autofree char *priorities = NULL;
  g_autofree char *actions = NULL;

  sc_store_get_calendar (self->store, &cal);
  next = sc_format_quarter (lang, &cal, self->next.fiscal_year, self->next.index);
  priorities = g_strdup_printf (LN_(lang, "%u objective", "%u objectives", n_priorities),
                                n_priorities);
  actions = g_strdup_printf (LN_(lang, "%u action", "%u actions", n_actions), n_actions);
  /* Translators: "Plan of Q2 FY2025: 3 objectives and 3 actions carried over". */
  return g_strdup_printf (L_(lang, "Plan of %s: %s and %s carried over"), next, priorities,
                          actions);
}

static char *
held_text (ScQuarterlyReviewSession *self,
           ScLang                    lang)
{
  g_autofree char *day = NULL;

  if (self->read_only)
    {
      day = sc_format_date_long (lang, self->done_on, FALSE);
      return g_strdup_printf (L_(lang, "Finished on %s"), day);
    }
  return g_strdup (self->review_id != 0 ? L_(lang, "Draft: decisions so far")
                                        : L_(lang, "Not saved yet"));
}

ScQuarterlyReviewContent *
sc_quarterly_review_session_dup_content (ScQuarterlyReviewSession *self,
                                         ScLang                    lang)
{
  ScQuarterlyReviewContent *content;
  g_autofree char *name = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n_priorities = 0, n_actions = 0;
  ScCalendar cal;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (self), NULL);

  sc_store_get_calendar (self->store, &cal);
  name = sc_format_quarter (lang, &cal, self->quarter.fiscal_year, self->quarter.index);
  first = sc_format_date_long (lang, self->quarter.first_week, FALSE);
  last = sc_format_date_long (lang, self->quarter.last_week + 6, FALSE);

  content = g_new0 (ScQuarterlyReviewContent, 1);
  content->lang = lang;
  content->company = g_strdup (sc_record_get_text (SC_RECORD (sc_store_get_company (self->store)),
                                                   SC_COMPANY_NAME));
  /* Translators: the title of a review, "Quarterly Review — Q1 FY2025". */
  content->title = g_strdup_printf (L_(lang, "Quarterly Review — %s"), name);
  /* Translators: "March 31, 2025 to June 29, 2025 · 13 weeks". */
  content->period = g_strdup_printf (LN_(lang, "%s to %s · %u week", "%s to %s · %u weeks",
                                         self->quarter.n_weeks),
                                     first, last, self->quarter.n_weeks);
  content->held = held_text (self, lang);
  content->summary = summary_text (self, lang, &n_priorities, &n_actions);
  content->next_plan = next_plan_text (self, lang, n_priorities, n_actions);
  content->items =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sc_quarterly_review_content_item_free);
  for (guint i = 0; i < sc_quarterly_review_session_get_n_items (self); i++)
    g_ptr_array_add (content->items, sc_quarterly_review_session_dup_item (self, i, lang));
  return content;
}

ScQuarterlyReviewContent *
sc_quarterly_review_get_content (ScStore  *store,
                                 gint64    review_id,
                                 ScLang    lang,
                                 GError  **error)
{
  g_autoptr(ScQuarterlyReviewSession) session = NULL;
  ScRecord *review;
  int year, quarter;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  review = sc_store_lookup (store, &sc_quarterly_review_table, review_id);
  if (review == NULL)
    {
      _sc_quarterly_review_fail (error, SC_QUARTERLY_REVIEW_ERROR_NOT_FOUND,
                                 _("This review is no longer in the company file."));
      return NULL;
    }
  year = sc_record_get_int (review, SC_QUARTERLY_REVIEW_FISCAL_YEAR);
  quarter = sc_record_get_int (review, SC_QUARTERLY_REVIEW_QUARTER);
  session = sc_quarterly_review_session_new (store, year, quarter, error);
  if (session == NULL)
    return NULL;
  return sc_quarterly_review_session_dup_content (session, lang);
}
