/* test-quarterly-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The quarterly review (sc-quarterly-review.h) of the sample company's T1
 * (Q1 FY2025), whose today is 2025-09-26, with the decisions of
 * reference/domain.md §4.5: refusals that write nothing, a draft taken up
 * again, the plan of Q2 made from the decisions (objectives and actions
 * carried with their changes, closed ones left closed with their reason,
 * a new target version from the first week of Q2 only), the finished
 * review read-only, and one undo for all of it.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sc-kpi-editing.h"
#include "sc-plan.h"
#include "sc-quarterly-review.h"
#include "sc-sample.h"
#include "sc-test-sample.h"

typedef ScSampleCopy Fixture;

static ScRecord *
find_in (ScStore           *store,
         const ScTableInfo *table,
         guint              column,
         const char        *text,
         int                quarter)
{
  GListModel *model = sc_store_get_list (store, table);
  guint quarter_column = table == &sc_action_table ? SC_ACTION_QUARTER : SC_PRIORITY_QUARTER;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (model, i);

      if (g_str_equal (sc_record_get_text (r, column), text) &&
          (quarter == 0 || sc_record_get_int (r, quarter_column) == quarter))
        return r;
    }
  return NULL;
}

/* An action or an objective of T1 by its ref. */
static ScRecord *
t1 (ScStore    *store,
    const char *ref)
{
  gboolean action = ref[0] == 'A';
  ScRecord *r = find_in (store, action ? &sc_action_table : &sc_priority_table,
                         action ? SC_ACTION_REF : SC_PRIORITY_REF, ref, 1);

  g_assert_nonnull (r);
  return r;
}

static ScKpi *
kpi (ScStore    *store,
     const char *key)
{
  ScRecord *k = find_in (store, &sc_kpi_table, SC_KPI_CATALOG_KEY, key, 0);

  g_assert_nonnull (k);
  return SC_KPI (k);
}

/* The row of the next quarter carried from original. */
static ScRecord *
carried (ScStore           *store,
         const ScTableInfo *table,
         ScRecord          *original)
{
  GListModel *model = sc_store_get_list (store, table);
  guint column = table == &sc_action_table ? SC_ACTION_CARRIED_FROM : SC_PRIORITY_CARRIED_FROM;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (model, i);

      if (sc_record_get_ref (r, column) == sc_record_get_id (original))
        return r;
    }
  return NULL;
}

static guint
count_in_quarter (ScStore           *store,
                  const ScTableInfo *table,
                  int                quarter)
{
  GListModel *model = sc_store_get_list (store, table);
  guint year_column = table == &sc_action_table ? SC_ACTION_FISCAL_YEAR : SC_PRIORITY_FISCAL_YEAR;
  guint quarter_column = table == &sc_action_table ? SC_ACTION_QUARTER : SC_PRIORITY_QUARTER;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (model, i);

      n += sc_record_get_int (r, year_column) == 2025 &&
           sc_record_get_int (r, quarter_column) == quarter;
    }
  return n;
}

static guint
item (ScQuarterlyReviewSession *session,
      ScItemKind                kind,
      ScRecord                 *record)
{
  int index = sc_quarterly_review_session_find_item (session, kind, sc_record_get_id (record));

  g_assert_cmpint (index, >=, 0);
  return (guint) index;
}

static void
decide (ScQuarterlyReviewSession *session,
        ScItemKind                kind,
        ScRecord                 *record,
        ScDecision                decision,
        const char               *reason,
        const ScReviewChange     *change)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_quarterly_review_session_decide (session, item (session, kind, record),
                                                     decision, reason, change, &error));
  g_assert_no_error (error);
}

static void
refuse (ScQuarterlyReviewSession *session,
        ScItemKind                kind,
        ScRecord                 *record,
        ScDecision                decision,
        const char               *reason,
        const ScReviewChange     *change,
        int                       code)
{
  g_autoptr(GError) error = NULL;
  guint index = item (session, kind, record);
  ScRecord *draft = g_list_model_get_item (sc_quarterly_review_session_get_items (session), index);

  g_assert_false (sc_quarterly_review_session_decide (session, index, decision, reason, change,
                                                      &error));
  g_assert_error (error, SC_QUARTERLY_REVIEW_ERROR, code);
  g_assert_cmpint (sc_record_get_int (draft, SC_DECISION_DECISION), ==, SC_DECISION_NONE);
  g_object_unref (draft);
}

static const char *const kept_kpis[] = { "K01", "K02", "K08", "K04", "K23", "K24" };

static GPtrArray *
targets_of (ScStore    *store,
            const char *key)
{
  return sc_kpi_editing_get_targets (store, sc_record_get_id (SC_RECORD (kpi (store, key))));
}

static void
test_quarterly_review_items (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(ScQuarterlyReviewSession) session = NULL;
  g_autoptr(GError) error = NULL;
  int year = 0, quarter = 0;
  gboolean draft = TRUE;

  /* Q2 is in its last week but has no plan: T1's review comes first. */
  g_assert_true (sc_quarterly_review_due_quarter (f->store, &year, &quarter, &draft));
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (quarter, ==, 1);
  g_assert_false (draft);

  session = sc_quarterly_review_session_new (f->store, 2025, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_quarterly_review_session_get_next (session)->index, ==, 2);
  g_assert_cmpuint (sc_quarterly_review_session_get_next (session)->first_week, ==,
                    day ("2025-06-30"));

  /* 7 KPIs, O1–O3, the open A03 and A05, then the 8 finished actions. */
  g_assert_cmpuint (sc_quarterly_review_session_get_n_items (session), ==, 7 + 3 + 2 + 8);
  g_assert_cmpuint (sc_quarterly_review_session_count_undecided (session), ==, 12);
  g_assert_true (sc_quarterly_review_session_is_required (session,
                                                          item (session, SC_ITEM_ACTION,
                                                                t1 (f->store, "A03"))));
  g_assert_false (sc_quarterly_review_session_is_required (session,
                                                           item (session, SC_ITEM_ACTION,
                                                                 t1 (f->store, "A07"))));
  g_assert_cmpint (sc_quarterly_review_session_find_item (session, SC_ITEM_ACTION,
                                                          sc_record_get_id (t1 (f->store, "A10"))),
                   ==, 19);

  /* An action of Q2 (a countermeasure, say) does not skip T1's review. */
  {
    g_autoptr(ScAction) action = sc_plan_new_action (f->store, 2025, 2);

    sc_record_set_text (SC_RECORD (action), SC_ACTION_TITLE, "Réviser les prix");
    sc_record_set_ref (SC_RECORD (action), SC_ACTION_OWNER_ID,
                       sc_record_get_ref (t1 (f->store, "A03"), SC_ACTION_OWNER_ID));
    sc_record_set_date (SC_RECORD (action), SC_ACTION_DUE, day ("2025-10-10"));
    g_assert_true (sc_plan_save_action (f->store, action, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (sc_quarterly_review_due_quarter (f->store, &year, &quarter, &draft));
    g_assert_cmpint (quarter, ==, 1);
  }

  /* Q3 has not begun its last week. */
  g_assert_null (sc_quarterly_review_session_new (f->store, 2025, 3, &error));
  g_assert_error (error, SC_QUARTERLY_REVIEW_ERROR, SC_QUARTERLY_REVIEW_ERROR_NOT_OVER);
}

static void
test_quarterly_review_refusals (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(ScQuarterlyReviewSession) session = NULL;
  g_autoptr(GError) error = NULL;
  ScReviewChange no_change = SC_REVIEW_CHANGE_INIT;
  ScReviewChange wording = SC_REVIEW_CHANGE_INIT;
  ScRecord *luc = find_in (f->store, &sc_person_table, SC_PERSON_NAME, "Luc Fortin, CPA", 0);
  ScReviewChange to_inactive = SC_REVIEW_CHANGE_INIT;

  session = sc_quarterly_review_session_new (f->store, 2025, 1, &error);
  g_assert_no_error (error);
  wording.new_title = "Publier 1 étude de cas par mois";

  /* A reason for modify and drop. */
  refuse (session, SC_ITEM_ACTION, t1 (f->store, "A03"), SC_DECISION_MODIFY, "  ", &wording,
          SC_QUARTERLY_REVIEW_ERROR_NO_REASON);
  refuse (session, SC_ITEM_ACTION, t1 (f->store, "A10"), SC_DECISION_DROP, NULL, NULL,
          SC_QUARTERLY_REVIEW_ERROR_NO_REASON);
  /* Modify says what changes; a follow-up of finished work has a date. */
  refuse (session, SC_ITEM_PRIORITY, t1 (f->store, "O1"), SC_DECISION_MODIFY, "Pourquoi",
          &no_change, SC_QUARTERLY_REVIEW_ERROR_NO_CHANGE);
  refuse (session, SC_ITEM_ACTION, t1 (f->store, "A07"), SC_DECISION_MODIFY, "Rythme mensuel",
          &wording, SC_QUARTERLY_REVIEW_ERROR_NO_CHANGE);
  /* A done action is not dropped. */
  refuse (session, SC_ITEM_ACTION, t1 (f->store, "A01"), SC_DECISION_DROP, "Plus utile", NULL,
          SC_QUARTERLY_REVIEW_ERROR_NOT_ALLOWED);

  /* New work goes to someone active. */
  g_assert_true (sc_plan_set_person_active (f->store, sc_record_get_id (luc), FALSE, &error));
  g_assert_no_error (error);
  to_inactive.new_owner_id = sc_record_get_id (luc);
  refuse (session, SC_ITEM_ACTION, t1 (f->store, "A05"), SC_DECISION_MODIFY, "Autre responsable",
          &to_inactive, SC_QUARTERLY_REVIEW_ERROR_OWNER);

  /* Finishing with items left writes nothing. */
  g_assert_false (sc_quarterly_review_session_finish (session, &error));
  g_assert_error (error, SC_QUARTERLY_REVIEW_ERROR, SC_QUARTERLY_REVIEW_ERROR_UNDECIDED);
  g_assert_cmpstr (error->message, ==,
                   "Decide on every item first: 12 left, starting with “Sales”.");
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_quarterly_review_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_decision_table), ==, 0);
}

/* domain.md §4.5, plus a new target for the follow-ups. */
static void
decide_t1 (Fixture                  *f,
           ScQuarterlyReviewSession *session)
{
  ScReviewChange a03 = SC_REVIEW_CHANGE_INIT;
  ScReviewChange a05 = SC_REVIEW_CHANGE_INIT;
  ScReviewChange a07 = SC_REVIEW_CHANGE_INIT;
  ScReviewChange follow_ups = SC_REVIEW_CHANGE_INIT;

  a03.new_title = "Ramener le délai de réponse aux demandes de soumission à 4 jours ouvrables "
                  "pour les pièces usinées complexes";
  a03.new_due = day ("2025-10-31");
  a05.new_title = "Réaliser 8 visites et 20 appels chez les comptes cibles par trimestre";
  a05.new_due = day ("2025-09-26");
  a07.new_title = "Publier 1 étude de cas par mois";
  a07.new_due = day ("2025-07-31");
  follow_ups.new_target = 14;

  decide (session, SC_ITEM_ACTION, t1 (f->store, "A03"), SC_DECISION_MODIFY,
          "Cible de 4 jours pour les pièces usinées complexes", &a03);
  decide (session, SC_ITEM_ACTION, t1 (f->store, "A05"), SC_DECISION_MODIFY,
          "8 visites + 20 appels par trimestre", &a05);
  decide (session, SC_ITEM_ACTION, t1 (f->store, "A07"), SC_DECISION_MODIFY,
          "1 étude de cas par mois", &a07);
  decide (session, SC_ITEM_ACTION, t1 (f->store, "A10"), SC_DECISION_DROP,
          "reprendre quand les heures par travail seront saisies", NULL);
  decide (session, SC_ITEM_ACTION, t1 (f->store, "A01"), SC_DECISION_KEEP, "", NULL);
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *ref = g_strdup_printf ("O%u", i);

      decide (session, SC_ITEM_PRIORITY, t1 (f->store, ref), SC_DECISION_KEEP, NULL, NULL);
    }
  decide (session, SC_ITEM_KPI, SC_RECORD (kpi (f->store, "K25")), SC_DECISION_MODIFY,
          "La relance systématique est en place", &follow_ups);
}

static void
check_carried_action (ScStore    *store,
                      const char *ref,
                      const char *title,
                      const char *due,
                      const char *original_due,
                      const char *objective,
                      guint       slips)
{
  ScRecord *original = t1 (store, ref);
  ScRecord *copy = carried (store, &sc_action_table, original);
  ScRecord *carried_objective = carried (store, &sc_priority_table, t1 (store, objective));

  g_assert_nonnull (copy);
  g_assert_cmpint (sc_record_get_int (copy, SC_ACTION_FISCAL_YEAR), ==, 2025);
  g_assert_cmpint (sc_record_get_int (copy, SC_ACTION_QUARTER), ==, 2);
  g_assert_cmpstr (sc_record_get_text (copy, SC_ACTION_TITLE), ==, title);
  g_assert_cmpuint (sc_record_get_date (copy, SC_ACTION_DUE), ==, day (due));
  g_assert_cmpuint (sc_record_get_date (copy, SC_ACTION_ORIGINAL_DUE), ==, day (original_due));
  g_assert_cmpint (sc_record_get_ref (copy, SC_ACTION_OWNER_ID), ==,
                   sc_record_get_ref (original, SC_ACTION_OWNER_ID));
  g_assert_cmpint (sc_record_get_ref (copy, SC_ACTION_PRIORITY_ID), ==,
                   sc_record_get_id (carried_objective));
  g_assert_true (sc_plan_action_is_open (SC_ACTION (copy)));
  g_assert_cmpuint (sc_plan_count_slips (store, sc_record_get_id (copy)), ==, slips);
}

static void
check_q2_plan (ScStore *store)
{
  ScRecord *a03 = t1 (store, "A03");
  ScRecord *a10 = t1 (store, "A10");
  const char *done[] = { "A01", "A02", "A04", "A06", "A07", "A08", "A09" };

  g_assert_cmpuint (count_in_quarter (store, &sc_priority_table, 2), ==, 3);
  g_assert_cmpuint (count_in_quarter (store, &sc_action_table, 2), ==, 3);
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *ref = g_strdup_printf ("O%u", i);
      ScRecord *copy = carried (store, &sc_priority_table, t1 (store, ref));

      g_assert_nonnull (copy);
      g_assert_cmpstr (sc_record_get_text (copy, SC_PRIORITY_REF), ==, ref);
      g_assert_cmpstr (sc_record_get_text (copy, SC_PRIORITY_TITLE), ==,
                       sc_record_get_text (t1 (store, ref), SC_PRIORITY_TITLE));
      g_assert_cmpint (sc_record_get_int (copy, SC_PRIORITY_QUARTER), ==, 2);
    }

  /* A03 slips once more (May 30 → October 31) and keeps its first date. */
  check_carried_action (store, "A03", "Ramener le délai de réponse aux demandes de soumission à "
                        "4 jours ouvrables pour les pièces usinées complexes",
                        "2025-10-31", "2025-05-16", "O1", 1);
  check_carried_action (store, "A05", "Réaliser 8 visites et 20 appels chez les comptes cibles "
                        "par trimestre", "2025-09-26", "2025-06-27", "O2", 1);
  /* A07 was done: its follow-up is new work. */
  check_carried_action (store, "A07", "Publier 1 étude de cas par mois", "2025-07-31",
                        "2025-07-31", "O2", 0);

  /* The originals of the carried open actions are closed where they were. */
  g_assert_cmpint (sc_record_get_int (a03, SC_ACTION_STATUS), ==, SC_ACTION_DROPPED);
  g_assert_cmpstr (sc_record_get_text (a03, SC_ACTION_DROP_REASON), ==,
                   "Carried over to Q2 FY2025 as A01.");
  g_assert_cmpuint (sc_record_get_date (a03, SC_ACTION_DONE_ON), ==, day (SC_SAMPLE_TODAY_ISO));
  g_assert_cmpint (sc_record_get_int (a03, SC_ACTION_QUARTER), ==, 1);

  /* A10 stays closed with its reason; done actions stay in T1. */
  g_assert_cmpint (sc_record_get_int (a10, SC_ACTION_STATUS), ==, SC_ACTION_DROPPED);
  g_assert_nonnull (strstr (sc_record_get_text (a10, SC_ACTION_DROP_REASON),
                            "reprendre quand les heures par travail seront saisies"));
  g_assert_cmpuint (sc_record_get_date (a10, SC_ACTION_DONE_ON), ==, day ("2025-05-28"));
  g_assert_null (carried (store, &sc_action_table, a10));
  for (guint i = 0; i < G_N_ELEMENTS (done); i++)
    {
      ScRecord *a = t1 (store, done[i]);

      g_assert_cmpint (sc_record_get_int (a, SC_ACTION_STATUS), ==, SC_ACTION_DONE);
      g_assert_cmpint (sc_record_get_int (a, SC_ACTION_QUARTER), ==, 1);
    }
  g_assert_cmpuint (sc_record_get_date (t1 (store, "A07"), SC_ACTION_DONE_ON), ==,
                    day ("2025-06-13"));
}

static void
check_targets (Fixture   *f,
               GPtrArray *before[])
{
  ScMetrics *metrics = sc_metrics_for_store (f->store);
  ScKpi *follow_ups = kpi (f->store, "K25");
  g_autoptr(GPtrArray) versions = targets_of (f->store, "K25");

  /* Kept KPIs: the same versions. */
  for (guint k = 0; k < G_N_ELEMENTS (kept_kpis); k++)
    {
      g_autoptr(GPtrArray) after = targets_of (f->store, kept_kpis[k]);

      g_assert_cmpuint (after->len, ==, before[k]->len);
      for (guint i = 0; i < after->len; i++)
        g_assert_true (sc_record_equal (g_ptr_array_index (after, i),
                                        g_ptr_array_index (before[k], i)));
    }

  /* The follow-ups: 12 until the end of T1, 14 from Q2's first week. */
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (versions, 1), SC_TARGET_EFFECTIVE), ==,
                    day ("2025-06-30"));
  g_assert_cmpfloat (sc_metrics_entry_target (metrics, follow_ups, day ("2025-06-23")), ==, 12);
  g_assert_cmpfloat (sc_metrics_entry_target (metrics, follow_ups, day ("2025-03-31")), ==, 12);
  g_assert_cmpfloat (sc_metrics_entry_target (metrics, follow_ups, day ("2025-06-30")), ==, 14);
  g_assert_cmpfloat (sc_metrics_entry_target (metrics, follow_ups, day ("2025-09-22")), ==, 14);
  g_assert_true (sc_kpi_is_active (follow_ups));
}

/* The decisions of decide_t1 () saved as a draft, the file opened again
 * and the review taken up where it was left. */
static ScQuarterlyReviewSession *
draft_and_resume (Fixture *f)
{
  g_autoptr(ScQuarterlyReviewSession) session = NULL;
  ScQuarterlyReviewSession *resumed;
  g_autoptr(GError) error = NULL;
  gboolean draft = FALSE;
  int year, quarter;

  session = sc_quarterly_review_session_new (f->store, 2025, 1, &error);
  g_assert_no_error (error);
  decide_t1 (f, session);
  g_assert_true (sc_quarterly_review_session_save_draft (session, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_decision_table), ==, 9);
  g_assert_true (sc_quarterly_review_due_quarter (f->store, &year, &quarter, &draft));
  g_assert_true (draft);
  /* The session holds the store: let it go before the file is opened again. */
  g_clear_object (&session);
  sc_sample_copy_reopen (f);

  resumed = sc_quarterly_review_session_new (f->store, 2025, 1, &error);
  g_assert_no_error (error);
  g_assert_false (sc_quarterly_review_session_get_read_only (resumed));
  g_assert_cmpint (sc_quarterly_review_session_get_review_id (resumed), >, 0);
  g_assert_cmpuint (sc_quarterly_review_session_count_undecided (resumed), ==, 6);
  return resumed;
}

static void
test_quarterly_review_t1 (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ScQuarterlyReviewSession) resumed = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *before[G_N_ELEMENTS (kept_kpis)];
  guint n_actions = sc_store_count_rows (f->store, &sc_action_table);
  guint n_slips = sc_store_count_rows (f->store, &sc_due_change_table);
  gboolean draft = FALSE;
  int year, quarter;

  for (guint k = 0; k < G_N_ELEMENTS (kept_kpis); k++)
    before[k] = targets_of (f->store, kept_kpis[k]);

  resumed = draft_and_resume (f);
  for (guint k = 0; k < G_N_ELEMENTS (kept_kpis); k++)
    decide (resumed, SC_ITEM_KPI, SC_RECORD (kpi (f->store, kept_kpis[k])), SC_DECISION_KEEP,
            NULL, NULL);
  g_assert_cmpint (sc_quarterly_review_session_first_undecided (resumed), ==, -1);

  g_assert_true (sc_quarterly_review_session_finish (resumed, &error));
  g_assert_no_error (error);
  g_assert_true (sc_quarterly_review_session_get_read_only (resumed));
  g_assert_cmpuint (sc_quarterly_review_session_get_done_on (resumed), ==,
                    day (SC_SAMPLE_TODAY_ISO));
  g_assert_false (sc_quarterly_review_session_decide (resumed, 0, SC_DECISION_DROP, "x", NULL,
                                                      &error));
  g_assert_error (error, SC_QUARTERLY_REVIEW_ERROR, SC_QUARTERLY_REVIEW_ERROR_READ_ONLY);
  g_clear_error (&error);

  check_q2_plan (f->store);
  check_targets (f, before);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_decision_table), ==, 15);
  /* Now Q2 has its plan: its own review is the next one, in its last week. */
  g_assert_true (sc_quarterly_review_due_quarter (f->store, &year, &quarter, &draft));
  g_assert_cmpint (quarter, ==, 2);

  /* One undo takes the whole roll-forward back, to the draft. */
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_in_quarter (f->store, &sc_priority_table, 2), ==, 0);
  g_assert_cmpuint (count_in_quarter (f->store, &sc_action_table, 2), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, n_actions);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_due_change_table), ==, n_slips);
  g_assert_true (sc_plan_action_is_open (SC_ACTION (t1 (f->store, "A03"))));
  {
    g_autoptr(GPtrArray) versions = targets_of (f->store, "K25");

    g_assert_cmpuint (versions->len, ==, 1);
  }
  g_assert_true (sc_record_is_null (SC_RECORD (sc_quarterly_review_find (f->store, 2025, 1)),
                                    SC_QUARTERLY_REVIEW_DONE_ON));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_decision_table), ==, 9);

  /* Redone, and on disk. */
  g_assert_true (sc_store_redo (f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&resumed);
  sc_sample_copy_reopen (f);
  check_q2_plan (f->store);
  check_targets (f, before);

  for (guint k = 0; k < G_N_ELEMENTS (kept_kpis); k++)
    g_ptr_array_unref (before[k]);
}

static void
test_quarterly_review_content (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(ScQuarterlyReviewSession) session = NULL;
  g_autoptr(ScQuarterlyReviewSession) finished = NULL;
  g_autoptr(ScQuarterlyReviewContent) content = NULL;
  g_autoptr(GError) error = NULL;
  ScQuarterlyReviewContentItem *a03 = NULL;

  session = sc_quarterly_review_session_new (f->store, 2025, 1, &error);
  g_assert_no_error (error);
  decide_t1 (f, session);
  for (guint k = 0; k < G_N_ELEMENTS (kept_kpis); k++)
    decide (session, SC_ITEM_KPI, SC_RECORD (kpi (f->store, kept_kpis[k])), SC_DECISION_KEEP,
            NULL, NULL);
  g_assert_true (sc_quarterly_review_session_finish (session, &error));
  g_assert_no_error (error);

  /* A finished review opens read-only, with its decisions. */
  finished = sc_quarterly_review_session_new (f->store, 2025, 1, &error);
  g_assert_no_error (error);
  g_assert_true (sc_quarterly_review_session_get_read_only (finished));
  g_assert_cmpuint (sc_quarterly_review_session_get_n_items (finished), ==, 15);

  content = sc_quarterly_review_get_content (f->store,
                                             sc_quarterly_review_session_get_review_id (finished),
                                             SC_LANG_EN, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (content->title, ==, "Quarterly Review — Q1 FY2025");
  g_assert_cmpstr (content->period, ==, "March 31, 2025 to June 29, 2025 · 13 weeks");
  g_assert_cmpstr (content->held, ==, "Finished on September 26, 2025");
  g_assert_cmpstr (content->summary, ==, "15 decisions: 10 kept, 4 modified, 1 dropped");
  g_assert_cmpstr (content->next_plan, ==,
                   "Plan of Q2 FY2025: 3 objectives and 3 actions carried over");
  for (guint i = 0; i < content->items->len; i++)
    {
      ScQuarterlyReviewContentItem *it = g_ptr_array_index (content->items, i);

      if (g_strcmp0 (it->ref, "A03") == 0)
        a03 = it;
    }
  g_assert_nonnull (a03);
  g_assert_cmpstr (a03->decision_label, ==, "Modify");
  g_assert_cmpstr (a03->owner, ==, "Jean-Philippe Gagnon");
  g_assert_cmpstr (a03->reason, ==, "Cible de 4 jours pour les pièces usinées complexes");
  g_assert_cmpstr (a03->changes, ==, "New due date: October 31, 2025 · New wording: “Ramener le "
                   "délai de réponse aux demandes de soumission à 4 jours ouvrables pour les "
                   "pièces usinées complexes”");
}

static void
test_quarterly_review_drops (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(ScQuarterlyReviewSession) session = NULL;
  g_autoptr(GError) error = NULL;
  ScKpi *opportunities = kpi (f->store, "K23");
  guint n_values = sc_store_count_values (f->store, sc_record_get_id (SC_RECORD (opportunities)),
                                          1, SC_DAY_MAX);

  session = sc_quarterly_review_session_new (f->store, 2025, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sc_quarterly_review_session_get_n_items (session); i++)
    if (sc_quarterly_review_session_is_required (session, i))
      {
        g_assert_true (sc_quarterly_review_session_decide (session, i, SC_DECISION_KEEP, NULL,
                                                           NULL, &error));
        g_assert_no_error (error);
      }
  decide (session, SC_ITEM_KPI, SC_RECORD (opportunities), SC_DECISION_DROP,
          "Remplacé par les demandes de soumission qualifiées", NULL);
  decide (session, SC_ITEM_PRIORITY, t1 (f->store, "O3"), SC_DECISION_DROP,
          "La clause d'ajustement suffit", NULL);
  decide (session, SC_ITEM_ACTION, t1 (f->store, "A05"), SC_DECISION_DROP,
          "Territoire trop grand", NULL);
  g_assert_true (sc_quarterly_review_session_finish (session, &error));
  g_assert_no_error (error);

  /* A dropped KPI is archived with its history; dropped items are closed
   * with their reason and not carried. */
  g_assert_false (sc_kpi_is_active (opportunities));
  g_assert_cmpuint (sc_record_get_date (SC_RECORD (opportunities), SC_KPI_ARCHIVED), ==,
                    day (SC_SAMPLE_TODAY_ISO));
  g_assert_cmpuint (sc_store_count_values (f->store, sc_record_get_id (SC_RECORD (opportunities)),
                                           1, SC_DAY_MAX), ==, n_values);
  g_assert_cmpint (sc_record_get_int (t1 (f->store, "O3"), SC_PRIORITY_STATUS), ==,
                   SC_ACTION_DROPPED);
  g_assert_cmpstr (sc_record_get_text (t1 (f->store, "O3"), SC_PRIORITY_CLOSE_REASON), ==,
                   "La clause d'ajustement suffit");
  g_assert_cmpstr (sc_record_get_text (t1 (f->store, "A05"), SC_ACTION_DROP_REASON), ==,
                   "Territoire trop grand");
  g_assert_null (carried (f->store, &sc_action_table, t1 (f->store, "A05")));
  g_assert_cmpuint (count_in_quarter (f->store, &sc_priority_table, 2), ==, 2);
  g_assert_cmpuint (count_in_quarter (f->store, &sc_action_table, 2), ==, 1);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, sc_sample_copy_set_up, func, sc_sample_copy_tear_down)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/quarterly-review/items", test_quarterly_review_items);
  ADD ("/quarterly-review/refusals", test_quarterly_review_refusals);
  ADD ("/quarterly-review/t1", test_quarterly_review_t1);
  ADD ("/quarterly-review/content", test_quarterly_review_content);
  ADD ("/quarterly-review/drops", test_quarterly_review_drops);

  return g_test_run ();
}
