/* sc-export-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sc-export-fixture.h"
#include "sc-metrics.h"
#include "sc-plan.h"
#include "sc-sample.h"

static gint64
person_id (ScStore    *store,
           const char *name)
{
  GListModel *people = sc_store_get_list (store, &sc_person_table);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(ScRecord) p = g_list_model_get_item (people, i);

      if (g_str_equal (sc_record_get_text (p, SC_PERSON_NAME), name))
        return sc_record_get_id (p);
    }
  g_assert_not_reached ();
}

static ScKpi *
kpi_by_key (ScStore    *store,
            const char *key)
{
  g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (sc_metrics_for_store (store));

  for (guint i = 0; i < kpis->len; i++)
    if (g_str_equal (sc_record_get_text (g_ptr_array_index (kpis, i), SC_KPI_CATALOG_KEY), key))
      return g_ptr_array_index (kpis, i);
  g_assert_not_reached ();
}

static gint64
action_id (ScStore    *store,
           const char *ref)
{
  GListModel *actions = sc_store_get_list (store, &sc_action_table);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (actions, i);

      if (g_str_equal (sc_record_get_text (a, SC_ACTION_REF), ref) &&
          sc_record_get_int (a, SC_ACTION_FISCAL_YEAR) == 2025)
        return sc_record_get_id (a);
    }
  g_assert_not_reached ();
}

static gboolean
add_action (ScStore     *store,
            const char  *title,
            const char  *notes,
            GError     **error)
{
  g_autoptr(ScAction) action = sc_plan_new_action (store, 2025, 2);
  ScRecord *r = SC_RECORD (action);

  sc_record_set_text (r, SC_ACTION_TITLE, title);
  sc_record_set_ref (r, SC_ACTION_OWNER_ID, person_id (store, "Sophie Lachance"));
  sc_record_set_date (r, SC_ACTION_DUE, sc_day_from_iso ("2025-09-19"));
  sc_record_set_text (r, SC_ACTION_NOTES, notes);
  return sc_plan_save_action (store, action, NULL, error);
}

static gboolean
add_meeting (ScStore   *store,
             ScChange  *change,
             GError   **error)
{
  g_autoptr(ScRecord) m = sc_record_new (SC_TYPE_MEETING);
  const char *people[] = { "Nathalie Bergeron", "Marc-André Pelletier", "Sophie Lachance" };
  gint64 id;

  sc_record_set_date (m, SC_MEETING_WEEK, sc_day_from_iso ("2025-09-22"));
  sc_record_set_text (m, SC_MEETING_STARTED, "2025-09-22T08:30:00");
  sc_record_set_text (m, SC_MEETING_ENDED, "2025-09-22T09:02:00");
  sc_record_set_int (m, SC_MEETING_PLANNED_MINUTES, 30);
  sc_record_set_int (m, SC_MEETING_DURATION, 32 * 60);
  sc_record_set_text (m, SC_MEETING_NOTES, "+1 514 555-0199 : rappeler le client");
  if (!sc_change_put (change, m, error))
    return FALSE;
  id = sc_record_get_id (m);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(ScRecord) a = sc_record_new (SC_TYPE_ATTENDANCE);

      sc_record_set_ref (a, SC_ATTENDANCE_MEETING_ID, id);
      sc_record_set_ref (a, SC_ATTENDANCE_PERSON_ID, person_id (store, people[i]));
      sc_record_set_bool (a, SC_ATTENDANCE_PRESENT, i < 2);
      if (!sc_change_put (change, a, error))
        return FALSE;
    }

  {
    g_autoptr(ScRecord) s = sc_record_new (SC_TYPE_MEETING_SEGMENT);
    g_autoptr(ScRecord) t = sc_record_new (SC_TYPE_TOPIC);

    sc_record_set_ref (s, SC_SEGMENT_MEETING_ID, id);
    sc_record_set_int (s, SC_SEGMENT_KIND, SC_SEGMENT_KIND_KPIS);
    sc_record_set_int (s, SC_SEGMENT_PLANNED, 300);
    sc_record_set_int (s, SC_SEGMENT_USED, 420);
    sc_record_set_text (s, SC_SEGMENT_NOTES, "Marge d'août sous la cible.");
    sc_record_set_text (t, SC_TOPIC_TITLE, "+15 % sur l'acier");
    sc_record_set_date (t, SC_TOPIC_CREATED, sc_day_from_iso ("2025-09-15"));
    sc_record_set_ref (t, SC_TOPIC_MEETING_ID, id);
    sc_record_set_int (t, SC_TOPIC_STATUS, SC_TOPIC_DECIDED);
    sc_record_set_text (t, SC_TOPIC_DECISION, "Clause d'ajustement sur toutes les soumissions");
    sc_record_set_ref (t, SC_TOPIC_DECIDED_MEETING_ID, id);
    return sc_change_put (change, s, error) && sc_change_put (change, t, error);
  }
}

static gboolean
add_monthly_review (ScStore   *store,
                    ScChange  *change,
                    GError   **error)
{
  g_autoptr(ScRecord) review = sc_record_new (SC_TYPE_MONTHLY_REVIEW);
  g_autoptr(ScRecord) line = sc_record_new (SC_TYPE_REVIEW_LINE);

  sc_record_set_int (review, SC_MONTHLY_REVIEW_YEAR, 2025);
  sc_record_set_int (review, SC_MONTHLY_REVIEW_MONTH, 8);
  sc_record_set_date (review, SC_MONTHLY_REVIEW_DONE_ON, sc_day_from_iso ("2025-09-08"));
  sc_record_set_text (review, SC_MONTHLY_REVIEW_NOTES, "Revue tenue en 25 minutes.");
  if (!sc_change_put (change, review, error))
    return FALSE;

  sc_record_set_ref (line, SC_REVIEW_LINE_REVIEW_ID, sc_record_get_id (review));
  sc_record_set_ref (line, SC_REVIEW_LINE_KPI_ID,
                     sc_record_get_id (SC_RECORD (kpi_by_key (store, "K02"))));
  sc_record_set_int (line, SC_REVIEW_LINE_TARGET, 2700);
  sc_record_set_int (line, SC_REVIEW_LINE_ACTUAL, 2480);
  sc_record_set_int (line, SC_REVIEW_LINE_STATUS, SC_STATUS_WATCH);
  sc_record_set_text (line, SC_REVIEW_LINE_CAUSE, "-2+3 : hausse de l'acier non refilée");
  sc_record_set_text (line, SC_REVIEW_LINE_COUNTERMEASURE, "Clause d'ajustement du prix");
  sc_record_set_ref (line, SC_REVIEW_LINE_ACTION_ID, action_id (store, "A09"));
  return sc_change_put (change, line, error);
}

static gboolean
add_decision (ScChange   *change,
              gint64      review,
              ScItemKind  kind,
              gint64      item,
              ScDecision  decision,
              const char *reason,
              ScDay       new_due,
              GError    **error)
{
  g_autoptr(ScRecord) d = sc_record_new (SC_TYPE_QUARTERLY_DECISION);

  sc_record_set_ref (d, SC_DECISION_REVIEW_ID, review);
  sc_record_set_int (d, SC_DECISION_ITEM_KIND, kind);
  sc_record_set_int (d, SC_DECISION_ITEM_ID, item);
  sc_record_set_int (d, SC_DECISION_DECISION, decision);
  sc_record_set_text (d, SC_DECISION_REASON, reason);
  if (new_due != SC_DAY_NONE)
    sc_record_set_date (d, SC_DECISION_NEW_DUE, new_due);
  return sc_change_put (change, d, error);
}

static gboolean
add_quarterly_review (ScStore   *store,
                      ScChange  *change,
                      GError   **error)
{
  g_autoptr(ScRecord) review = sc_record_new (SC_TYPE_QUARTERLY_REVIEW);
  gint64 id;

  sc_record_set_int (review, SC_QUARTERLY_REVIEW_FISCAL_YEAR, 2025);
  sc_record_set_int (review, SC_QUARTERLY_REVIEW_QUARTER, 1);
  sc_record_set_date (review, SC_QUARTERLY_REVIEW_DONE_ON, sc_day_from_iso ("2025-07-04"));
  if (!sc_change_put (change, review, error))
    return FALSE;
  id = sc_record_get_id (review);

  return add_decision (change, id, SC_ITEM_KPI,
                       sc_record_get_id (SC_RECORD (kpi_by_key (store, "K01"))),
                       SC_DECISION_KEEP, "Cible atteinte au T1", SC_DAY_NONE, error) &&
         add_decision (change, id, SC_ITEM_ACTION, action_id (store, "A03"), SC_DECISION_MODIFY,
                       "Médiane de 4 jours", sc_day_from_iso ("2025-08-29"), error) &&
         add_decision (change, id, SC_ITEM_ACTION, action_id (store, "A10"), SC_DECISION_DROP,
                       "@SUM(A1:A3)", SC_DAY_NONE, error);
}

gboolean
sc_export_fixture_write (const char  *path,
                         GError     **error)
{
  g_autoptr(ScStore) store = NULL;
  g_autoptr(GString) long_note = g_string_new (NULL);
  ScChange *change;

  if (!sc_sample_write (path, 0, error))
    return FALSE;
  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, error);
  if (store == NULL)
    return FALSE;

  while (long_note->len < SC_EXPORT_FIXTURE_LONG_NOTE)
    g_string_append (long_note, "Relance ");
  g_string_truncate (long_note, SC_EXPORT_FIXTURE_LONG_NOTE);
  if (!add_action (store, "=1+1", "@SUM(1)", error) ||
      !add_action (store, "Note longue", long_note->str, error))
    return FALSE;

  change = sc_store_begin (store, "Fixture", error);
  if (change == NULL)
    return FALSE;
  if (!add_meeting (store, change, error) ||
      !add_monthly_review (store, change, error) ||
      !add_quarterly_review (store, change, error))
    {
      sc_store_rollback (store, change);
      return FALSE;
    }
  return sc_store_commit (store, change, error);
}

static void
append_figure (GString    *json,
               const char *name,
               ScMetrics  *metrics,
               ScKpi      *kpi,
               int         month)
{
  ScCalendar cal;
  ScPeriod period;
  ScFigure fig;

  sc_store_get_calendar (sc_metrics_get_store (metrics), &cal);
  sc_calendar_month (&cal, 2025, month, &period);
  sc_metrics_figure (metrics, kpi, &period, SC_DAY_NONE, &fig);
  g_string_append_printf (json, "%s\"%s\": {\"target\": %.17g, \"actual\": %.17g, "
                          "\"variance\": %.17g, \"variance_percent\": %.17g}",
                          json->len > 1 ? ", " : "", name, fig.target, fig.actual,
                          sc_figure_variance (&fig), sc_figure_variance_percent (&fig));
}

char *
sc_export_fixture_figures (ScStore *store)
{
  ScMetrics *metrics = sc_metrics_for_store (store);
  GString *json = g_string_new ("{");

  append_figure (json, "april_sales", metrics, kpi_by_key (store, "K01"), 4);
  append_figure (json, "august_margin", metrics, kpi_by_key (store, "K02"), 8);
  g_string_append (json, "}\n");
  return g_string_free (json, FALSE);
}
