/* test-meeting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The weekly meeting (sc-meeting.h, sc-minutes.h) on temporary copies of
 * the sample company (today 2025-09-26, a Friday; 30-minute meetings on
 * Mondays), with a fake clock: a whole meeting runs in milliseconds and
 * every second is where the test puts it.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sc-l10n.h"
#include "sc-meeting.h"
#include "sc-minutes.h"
#include "sc-plan.h"
#include "sc-sample.h"
#include "sc-test-records.h"

typedef struct
{
  char    *dir;
  char    *path;
  ScStore *store;
  double   now;        /* the fake clock, seconds */
} Fixture;

static double
fake_clock (gpointer data)
{
  return ((Fixture *) data)->now;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sc-meeting-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sample.salescadence", NULL);
  g_assert_true (sc_sample_write (f->path, 0, &error));
  g_assert_no_error (error);
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->now = 1000.0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static ScMeetingSession *
new_session (Fixture *f)
{
  return sc_meeting_session_new (f->store, fake_clock, f);
}

/* Moves the fake clock to `at` seconds after the start (1000) and ticks. */
static void
at (Fixture          *f,
    ScMeetingSession *session,
    double            seconds)
{
  f->now = 1000.0 + seconds;
  sc_meeting_session_tick (session);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static gint64
person_id (Fixture    *f,
           const char *name)
{
  ScRecord *p = find (f->store, &sc_person_table, SC_PERSON_NAME, name);

  g_assert_nonnull (p);
  return sc_record_get_id (p);
}

static ScKpi *
kpi_by_key (Fixture    *f,
            const char *key)
{
  ScRecord *k = find (f->store, &sc_kpi_table, SC_KPI_CATALOG_KEY, key);

  g_assert_nonnull (k);
  return SC_KPI (k);
}

static ScDay
day (const char *iso)
{
  ScDay d = sc_day_from_iso (iso);

  g_assert_cmpuint (d, !=, SC_DAY_NONE);
  return d;
}

/* One integer from the file itself, read with SQLite after the store is
 * closed: what a meeting wrote is on disk. */
static gint64
query_file (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 result;

  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

/* The agenda and what the meeting looks at -------------------------------- */

static void
test_meeting_agenda (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ScMeetingSession) session = new_session (f);
  static const gint64 planned[] = { 300, 600, 600, 300 };
  static const ScSegmentKind kinds[] = {
    SC_SEGMENT_KIND_KPIS, SC_SEGMENT_KIND_ACTIONS, SC_SEGMENT_KIND_TOPICS,
    SC_SEGMENT_KIND_WRAP_UP,
  };

  g_assert_cmpuint (sc_meeting_session_get_n_segments (session), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpint (sc_meeting_session_get_planned (session, i), ==, planned[i]);
      g_assert_cmpint (sc_meeting_session_get_kind (session, i), ==, kinds[i]);
      g_assert_cmpint (sc_meeting_session_get_remaining (session, i), ==, planned[i]);
    }
  g_assert_cmpstr (sc_meeting_session_get_title (session, 0, SC_LANG_EN), ==, "KPIs of the week");
  g_assert_cmpint (sc_meeting_session_get_meeting_planned (session), ==, 1800);
  g_assert_cmpint (sc_meeting_session_get_state (session), ==, SC_MEETING_STATE_READY);
  g_assert_cmpuint (sc_meeting_session_get_day (session), ==, day ("2025-09-26"));

  /* Friday: this week is reviewed; Monday: last week. */
  g_assert_cmpuint (sc_meeting_session_get_review_week (session), ==, day ("2025-09-22"));
  g_assert_cmpuint (sc_meeting_review_week (f->store, day ("2025-09-29")), ==, day ("2025-09-22"));
  g_assert_cmpuint (sc_meeting_review_week (f->store, day ("2025-09-25")), ==, day ("2025-09-15"));

  /* The five people who attend the meeting, everyone present at first. */
  {
    g_autoptr(GPtrArray) people = sc_meeting_session_get_people (session);

    g_assert_cmpuint (people->len, ==, 5);
    g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (people, 0), SC_PERSON_NAME), ==,
                     "Nathalie Bergeron");
    g_assert_cmpuint (sc_meeting_session_count_present (session), ==, 5);
    g_assert_false (sc_meeting_session_get_present (session, person_id (f, "Luc Fortin, CPA")));
  }
}

static void
test_meeting_actions_to_review (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) actions = sc_meeting_actions_to_review (f->store, day ("2025-09-26"));
  g_autoptr(ScAction) soon = NULL;
  g_autoptr(GError) error = NULL;

  /* The sample's open actions are both late: A03 first (most days late). */
  g_assert_cmpuint (actions->len, ==, 2);
  g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (actions, 0), SC_ACTION_REF), ==, "A03");
  g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (actions, 1), SC_ACTION_REF), ==, "A05");

  /* Due later this week: after the late ones. Due next week: not shown. */
  soon = sc_plan_new_action (f->store, 0, 0);
  sc_record_set_text (SC_RECORD (soon), SC_ACTION_TITLE, "Relancer Agri-Nord");
  sc_record_set_ref (SC_RECORD (soon), SC_ACTION_OWNER_ID, person_id (f, "Sophie Lachance"));
  sc_record_set_date (SC_RECORD (soon), SC_ACTION_DUE, day ("2025-09-27"));
  g_assert_true (sc_plan_save_action (f->store, soon, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&actions, g_ptr_array_unref);
  actions = sc_meeting_actions_to_review (f->store, day ("2025-09-26"));
  g_assert_cmpuint (actions->len, ==, 3);
  g_assert_true (g_ptr_array_index (actions, 2) ==
                 sc_store_lookup (f->store, &sc_action_table, sc_record_get_id (SC_RECORD (soon))));
  g_clear_pointer (&actions, g_ptr_array_unref);
  actions = sc_meeting_actions_to_review (f->store, day ("2025-09-19"));
  g_assert_cmpuint (actions->len, ==, 2);
}

/* The clock --------------------------------------------------------------- */

static void
test_meeting_overrun_seconds (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(ScMeetingSession) session = new_session (f);
  guint segment_overrun = 0, meeting_overrun = 0, remaining = 0;

  g_signal_connect (session, "notify::segment-overrun", G_CALLBACK (count_cb), &segment_overrun);
  g_signal_connect (session, "notify::meeting-overrun", G_CALLBACK (count_cb), &meeting_overrun);
  g_signal_connect (session, "notify::segment-remaining", G_CALLBACK (count_cb), &remaining);

  f->now = 1000.0;
  sc_meeting_session_start (session);
  g_assert_cmpint (sc_meeting_session_get_state (session), ==, SC_MEETING_STATE_RUNNING);

  /* The countdown shows 5:00 during the first second and every second
   * turns exactly: the timer is told when. */
  at (f, session, 0.25);
  g_assert_cmpint (sc_meeting_session_get_remaining (session, 0), ==, 300);
  g_assert_cmpuint (sc_meeting_session_get_tick_delay (session), ==, 750);
  g_assert_cmpuint (remaining, ==, 0);
  at (f, session, 1.0);
  g_assert_cmpint (sc_meeting_session_get_remaining (session, 0), ==, 299);
  g_assert_cmpuint (remaining, ==, 1);

  /* 300 s used: 0:00 left, not over; over at 301 s, notified once. */
  at (f, session, 300.0);
  g_assert_cmpint (sc_meeting_session_get_remaining (session, 0), ==, 0);
  g_assert_false (sc_meeting_session_is_overrun (session, 0));
  at (f, session, 300.999);
  g_assert_cmpuint (segment_overrun, ==, 0);
  at (f, session, 301.0);
  g_assert_cmpuint (segment_overrun, ==, 1);
  g_assert_true (sc_meeting_session_is_overrun (session, 0));
  g_assert_cmpint (sc_meeting_session_get_remaining (session, 0), ==, -1);
  at (f, session, 302.0);
  g_assert_cmpuint (segment_overrun, ==, 1);

  /* The next segment is on time: the flag goes down. */
  g_assert_true (sc_meeting_session_next (session));
  g_assert_cmpuint (segment_overrun, ==, 2);
  g_assert_cmpint (sc_meeting_session_get_used (session, 0), ==, 302);

  /* Spend the rest: the meeting is over at exactly 1801 s of meeting. */
  at (f, session, 1800.0);
  g_assert_cmpint (sc_meeting_session_get_meeting_elapsed (session), ==, 1800);
  g_assert_cmpint (sc_meeting_session_get_meeting_remaining (session), ==, 0);
  g_assert_cmpuint (meeting_overrun, ==, 0);
  at (f, session, 1800.5);
  g_assert_cmpuint (meeting_overrun, ==, 0);
  at (f, session, 1801.0);
  g_assert_cmpuint (meeting_overrun, ==, 1);
  g_assert_true (sc_meeting_session_get_meeting_overrun (session));
  g_assert_cmpint (sc_meeting_session_get_meeting_remaining (session), ==, -1);
}

static void
test_meeting_pause (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScMeetingSession) session = new_session (f);

  sc_meeting_session_start (session);
  at (f, session, 302.0);
  g_assert_true (sc_meeting_session_next (session));

  /* Paused from 400 s to 1000 s: the clocks stand still. */
  at (f, session, 400.0);
  sc_meeting_session_pause (session);
  g_assert_cmpint (sc_meeting_session_get_state (session), ==, SC_MEETING_STATE_PAUSED);
  g_assert_cmpuint (sc_meeting_session_get_tick_delay (session), ==, 0);
  at (f, session, 1000.0);
  g_assert_cmpint (sc_meeting_session_get_used (session, 1), ==, 98);
  sc_meeting_session_resume (session);
  at (f, session, 1100.0);
  g_assert_cmpint (sc_meeting_session_get_used (session, 1), ==, 198);
  g_assert_cmpint (sc_meeting_session_get_meeting_elapsed (session), ==, 500);

  /* Going back is allowed; the last segment has no next. */
  g_assert_true (sc_meeting_session_previous (session));
  g_assert_cmpuint (sc_meeting_session_get_current (session), ==, 0);
  g_assert_false (sc_meeting_session_previous (session));
  sc_meeting_session_set_current (session, 3);
  g_assert_false (sc_meeting_session_next (session));
}

/* A whole meeting --------------------------------------------------------- */

/* Runs the sample's meeting: KPIs 5:12, actions 9:00, topics 11:30,
 * wrap-up 5:00 (30:42 in all), Émilie absent, two topics added (one
 * decided, one left for next week), one action created, one figure typed. */
static gint64
run_meeting (Fixture          *f,
             ScMeetingSession *session)
{
  g_autoptr(GError) error = NULL;
  ScTopic *decided, *left;
  ScAction *action;

  sc_meeting_session_start (session);
  sc_meeting_session_set_present (session, person_id (f, "Émilie Ouellet"), FALSE);

  at (f, session, 312);
  g_assert_true (sc_meeting_session_set_figure (session, kpi_by_key (f, "K23"), "15", &error));
  g_assert_no_error (error);
  sc_meeting_session_set_notes (session, 0, "Soumissions en hausse.");
  sc_meeting_session_next (session);

  at (f, session, 312 + 540);
  sc_meeting_session_next (session);

  decided = sc_meeting_session_add_topic (session, "Kiosque au salon de Drummondville",
                                          person_id (f, "Émilie Ouellet"), &error);
  g_assert_no_error (error);
  left = sc_meeting_session_add_topic (session, "Clause acier sur les commandes ouvertes", 0,
                                       &error);
  g_assert_no_error (error);
  g_assert_true (sc_meeting_session_decide_topic (session, decided, "On réserve le kiosque.",
                                                  &error));
  g_assert_no_error (error);
  sc_meeting_session_leave_topic (session, left);
  at (f, session, 312 + 540 + 690);
  sc_meeting_session_next (session);

  action = sc_meeting_session_add_action (session, "Réserver le kiosque",
                                          person_id (f, "Émilie Ouellet"), day ("2025-10-10"),
                                          &error);
  g_assert_no_error (error);
  g_assert_nonnull (action);
  at (f, session, 312 + 540 + 690 + 300);
  g_assert_true (sc_meeting_session_end (session, &error));
  g_assert_no_error (error);
  return sc_meeting_session_get_meeting_id (session);
}

static void
test_meeting_full (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ScMeetingSession) session = new_session (f);
  g_autofree char *next_ref = sc_plan_next_action_ref (f->store, 2025, 2);
  guint actions_before = sc_store_count_rows (f->store, &sc_action_table);
  g_autoptr(ScKpiValue) value = NULL;
  ScRecord *meeting, *topic, *action;
  gint64 id;

  id = run_meeting (f, session);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sc_meeting_session_get_state (session), ==, SC_MEETING_STATE_ENDED);

  /* The meeting row: its week, length and plan. */
  meeting = sc_store_lookup (f->store, &sc_meeting_table, id);
  g_assert_nonnull (meeting);
  g_assert_cmpuint (sc_record_get_date (meeting, SC_MEETING_WEEK), ==, day ("2025-09-22"));
  g_assert_cmpint (sc_record_get_int (meeting, SC_MEETING_DURATION), ==, 1842);
  g_assert_cmpint (sc_record_get_int (meeting, SC_MEETING_PLANNED_MINUTES), ==, 30);
  g_assert_true (g_str_has_prefix (sc_record_get_text (meeting, SC_MEETING_STARTED), "2025-09-26T"));
  g_assert_true (g_str_has_prefix (sc_record_get_text (meeting, SC_MEETING_ENDED), "2025-09-26T"));

  /* The figure typed is the company's figure of the reviewed week. */
  value = sc_store_get_value (f->store, sc_record_get_id (SC_RECORD (kpi_by_key (f, "K23"))),
                              day ("2025-09-22"));
  g_assert_nonnull (value);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (value), SC_VALUE_VALUE), ==, 1500);
  g_assert_cmpuint (sc_meeting_session_count_figures (session), ==, 1);

  /* Topics: one closed with its decision, one carried once. */
  topic = find (f->store, &sc_topic_table, SC_TOPIC_TITLE, "Kiosque au salon de Drummondville");
  g_assert_cmpint (sc_record_get_int (topic, SC_TOPIC_STATUS), ==, SC_TOPIC_DECIDED);
  g_assert_cmpstr (sc_record_get_text (topic, SC_TOPIC_DECISION), ==, "On réserve le kiosque.");
  g_assert_cmpint (sc_record_get_ref (topic, SC_TOPIC_DECIDED_MEETING_ID), ==, id);
  g_assert_cmpint (sc_record_get_int (topic, SC_TOPIC_CARRIED), ==, 0);
  topic = find (f->store, &sc_topic_table, SC_TOPIC_TITLE,
                     "Clause acier sur les commandes ouvertes");
  g_assert_cmpint (sc_record_get_int (topic, SC_TOPIC_STATUS), ==, SC_TOPIC_OPEN);
  g_assert_cmpint (sc_record_get_int (topic, SC_TOPIC_CARRIED), ==, 1);
  g_assert_cmpint (sc_record_get_ref (topic, SC_TOPIC_MEETING_ID), ==, id);

  /* The new action belongs to the plan of the quarter and to the meeting. */
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, actions_before + 1);
  action = find (f->store, &sc_action_table, SC_ACTION_TITLE, "Réserver le kiosque");
  g_assert_nonnull (action);
  g_assert_cmpstr (sc_record_get_text (action, SC_ACTION_REF), ==, next_ref);
  g_assert_cmpint (sc_record_get_ref (action, SC_ACTION_MEETING_ID), ==, id);
  g_assert_cmpuint (sc_record_get_date (action, SC_ACTION_ORIGINAL_DUE), ==, day ("2025-10-10"));
  g_assert_cmpuint (sc_record_get_date (action, SC_ACTION_CREATED), ==, day ("2025-09-26"));
  g_assert_cmpint (sc_record_get_int (action, SC_ACTION_QUARTER), ==, 2);

  /* And on disk: segments with their time, attendance. */
  g_clear_object (&session);
  g_assert_cmpint (query_file (f, "SELECT duration FROM meeting"), ==, 1842);
  g_assert_cmpint (query_file (f, "SELECT group_concat(used, ',') = '312,540,690,300' "
                                  "FROM (SELECT used FROM meeting_segment ORDER BY position)"), ==, 1);
  g_assert_cmpint (query_file (f, "SELECT group_concat(planned, ',') = '300,600,600,300' "
                                  "FROM (SELECT planned FROM meeting_segment ORDER BY position)"), ==, 1);
  g_assert_cmpint (query_file (f, "SELECT notes = 'Soumissions en hausse.' FROM meeting_segment "
                                  "WHERE position = 0"), ==, 1);
  g_assert_cmpint (query_file (f, "SELECT count(*) FROM meeting_attendance"), ==, 5);
  g_assert_cmpint (query_file (f, "SELECT count(*) FROM meeting_attendance a JOIN person p "
                                  "ON p.id = a.person_id WHERE a.present = 0 "
                                  "AND p.name = 'Émilie Ouellet'"), ==, 1);
}

static void
test_meeting_carried_twice (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScMinutes) minutes = NULL;
  ScRecord *topic;
  gint64 second;

  {
    g_autoptr(ScMeetingSession) first = new_session (f);

    run_meeting (f, first);
  }

  /* The next meeting finds the open topic on its agenda and does not
   * reach it either. */
  {
    g_autoptr(ScMeetingSession) session = new_session (f);
    GListModel *topics = sc_meeting_session_get_topics (session);
    g_autoptr(ScRecord) draft = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 1);
    draft = g_list_model_get_item (topics, 0);
    g_assert_cmpstr (sc_record_get_text (draft, SC_TOPIC_TITLE), ==,
                     "Clause acier sur les commandes ouvertes");
    g_assert_cmpint (sc_record_get_int (draft, SC_TOPIC_CARRIED), ==, 1);
    sc_meeting_session_start (session);
    at (f, session, 1500);
    g_assert_true (sc_meeting_session_end (session, &error));
    g_assert_no_error (error);
    second = sc_meeting_session_get_meeting_id (session);
  }

  topic = find (f->store, &sc_topic_table, SC_TOPIC_TITLE,
                     "Clause acier sur les commandes ouvertes");
  g_assert_cmpint (sc_record_get_int (topic, SC_TOPIC_CARRIED), ==, 2);
  g_assert_cmpint (sc_record_get_int (topic, SC_TOPIC_STATUS), ==, SC_TOPIC_OPEN);

  /* The minutes of the second meeting say so. */
  minutes = sc_minutes_new (f->store, second, SC_LANG_EN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (minutes->carried->len, ==, 1);
  g_assert_cmpuint (((ScMinutesTopic *) g_ptr_array_index (minutes->carried, 0))->carried, ==, 2);
  g_assert_cmpuint (minutes->decided->len, ==, 0);
  {
    g_autofree char *text = sc_minutes_to_text (minutes);

    g_assert_nonnull (strstr (text, "• Clause acier sur les commandes ouvertes (carried 2 times)"));
  }
}

static void
test_meeting_refused_action (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(ScMeetingSession) session = new_session (f);
  g_autoptr(GError) error = NULL;
  guint before = sc_store_count_rows (f->store, &sc_action_table);
  gint64 sophie = person_id (f, "Sophie Lachance");

  sc_meeting_session_start (session);
  g_assert_null (sc_meeting_session_add_action (session, "Appeler Agri-Nord", 0,
                                                day ("2025-10-03"), &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_OWNER);
  g_assert_cmpstr (error->message, ==, "Choose who is responsible: every action has one owner.");
  g_clear_error (&error);
  g_assert_null (sc_meeting_session_add_action (session, "Appeler Agri-Nord", sophie,
                                                SC_DAY_NONE, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_DUE);
  g_clear_error (&error);
  g_assert_null (sc_meeting_session_add_action (session, "  ", sophie, day ("2025-10-03"),
                                                &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_TITLE);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (sc_meeting_session_get_new_actions (session)), ==, 0);

  /* Topics and decisions need their words too. */
  g_assert_null (sc_meeting_session_add_topic (session, " ", 0, &error));
  g_assert_error (error, SC_MEETING_ERROR, SC_MEETING_ERROR_NO_TITLE);
  g_clear_error (&error);
  {
    ScTopic *topic = sc_meeting_session_add_topic (session, "Prix", 0, &error);

    g_assert_false (sc_meeting_session_decide_topic (session, topic, "", &error));
    g_assert_error (error, SC_MEETING_ERROR, SC_MEETING_ERROR_NO_DECISION);
    g_clear_error (&error);
    g_assert_cmpint (sc_record_get_int (SC_RECORD (topic), SC_TOPIC_STATUS), ==, SC_TOPIC_OPEN);
    /* Dropping a topic added now simply removes it. */
    sc_meeting_session_drop_topic (session, topic);
    g_assert_cmpuint (g_list_model_get_n_items (sc_meeting_session_get_topics (session)), ==, 0);
  }

  at (f, session, 600);
  g_assert_true (sc_meeting_session_end (session, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, before);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_topic_table), ==, 0);
  g_clear_object (&session);
  g_assert_cmpint (query_file (f, "SELECT count(*) FROM action"), ==, before);
}

static void
test_meeting_abandoned (Fixture       *f,
                        gconstpointer  data)
{
  const ScTableInfo *tables[] = {
    &sc_meeting_table, &sc_segment_table, &sc_attendance_table, &sc_topic_table,
    &sc_action_table,
  };
  guint before[G_N_ELEMENTS (tables)];
  g_autoptr(GError) error = NULL;
  gboolean could_undo = sc_store_can_undo (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    before[i] = sc_store_count_rows (f->store, tables[i]);

  {
    g_autoptr(ScMeetingSession) session = new_session (f);

    sc_meeting_session_start (session);
    sc_meeting_session_add_topic (session, "Sujet jamais écrit", 0, &error);
    sc_meeting_session_add_action (session, "Action jamais écrite", person_id (f, "Réal Côté"),
                                   day ("2025-10-03"), &error);
    g_assert_no_error (error);
    at (f, session, 900);
    sc_meeting_session_next (session);
    at (f, session, 1000);
  }

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_assert_cmpuint (sc_store_count_rows (f->store, tables[i]), ==, before[i]);
  g_assert_cmpint (sc_store_can_undo (f->store), ==, could_undo);
  g_assert_cmpint (query_file (f, "SELECT count(*) FROM meeting"), ==, 0);

  /* Ending a meeting that has not started is refused. */
  reopen (f);
  {
    g_autoptr(ScMeetingSession) session = new_session (f);

    g_assert_false (sc_meeting_session_end (session, &error));
    g_assert_error (error, SC_MEETING_ERROR, SC_MEETING_ERROR_NOT_RUNNING);
  }
}

static void
test_meeting_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ScMeetingSession) session = new_session (f);
  g_autoptr(GError) error = NULL;
  guint actions = sc_store_count_rows (f->store, &sc_action_table);
  guint values = sc_store_count_rows (f->store, &sc_value_table);
  gint64 id;

  id = run_meeting (f, session);
  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, "Weekly meeting");

  /* One undo takes the whole record away. */
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_null (sc_store_lookup (f->store, &sc_meeting_table, id));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_meeting_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_segment_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_attendance_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_topic_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, actions);
  /* The figure typed was its own change, still there. */
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_value_table), ==, values);
  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, "Enter a figure");

  /* Redo brings it back under the same id. */
  g_assert_true (sc_store_redo (f->store, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sc_store_lookup (f->store, &sc_meeting_table, id));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_segment_table), ==, 4);
  g_clear_object (&session);
  g_assert_cmpint (query_file (f, "SELECT count(*) FROM meeting_attendance"), ==, 5);
}

/* Minutes ----------------------------------------------------------------- */

static void
test_meeting_minutes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ScMeetingSession) session = new_session (f);
  g_autoptr(ScMinutes) minutes = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ScMinutesAttendee *last;
  gint64 id;

  id = run_meeting (f, session);
  meetings = sc_minutes_list_meetings (f->store);
  g_assert_cmpuint (meetings->len, ==, 1);
  g_assert_cmpint (sc_record_get_id (g_ptr_array_index (meetings, 0)), ==, id);

  minutes = sc_minutes_new (f->store, id, SC_LANG_EN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (minutes->day, ==, day ("2025-09-26"));
  g_assert_cmpint (minutes->duration, ==, 1842);
  g_assert_cmpint (minutes->planned_minutes, ==, 30);
  g_assert_cmpuint (minutes->segments->len, ==, 4);
  g_assert_cmpint (((ScMinutesSegment *) g_ptr_array_index (minutes->segments, 0))->used, ==, 312);
  g_assert_cmpuint (minutes->attendees->len, ==, 5);
  g_assert_cmpuint (sc_minutes_count_present (minutes), ==, 4);
  last = g_ptr_array_index (minutes->attendees, 4);
  g_assert_cmpstr (last->name, ==, "Émilie Ouellet");
  g_assert_false (last->present);
  g_assert_cmpuint (minutes->decided->len, ==, 1);
  g_assert_cmpuint (minutes->carried->len, ==, 1);
  g_assert_cmpuint (minutes->actions->len, ==, 1);

  text = sc_minutes_to_text (minutes);
  g_assert_true (g_str_has_prefix (text, "Weekly meeting: Friday, September 26, 2025\n"));
  g_assert_nonnull (strstr (text, " · 31 min of 30 min\n"));
  g_assert_nonnull (strstr (text, "Absent (1): Émilie Ouellet\n"));
  g_assert_nonnull (strstr (text, "1. KPIs of the week (05:12 of 05:00)\n   Soumissions en hausse.\n"));
  g_assert_nonnull (strstr (text, "• Kiosque au salon de Drummondville: On réserve le kiosque.\n"));
  g_assert_nonnull (strstr (text, "(carried 1 time)"));
  g_assert_nonnull (strstr (text, ": Émilie Ouellet, due October 10, 2025\n"));

  /* French minutes when the catalogue is there. */
  if (sc_l10n_has_catalogue (SC_LANG_FR))
    {
      g_autoptr(ScMinutes) fr = sc_minutes_new (f->store, id, SC_LANG_FR, &error);
      g_autofree char *texte = sc_minutes_to_text (fr);

      g_assert_true (g_str_has_prefix (texte, "Réunion hebdomadaire\u00a0: vendredi 26 septembre 2025\n"));
      g_assert_nonnull (strstr (texte, "Indicateurs de la semaine"));
    }

  g_assert_null (sc_minutes_new (f->store, id + 100, SC_LANG_EN, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/meeting/agenda", test_meeting_agenda);
  ADD ("/meeting/actions-to-review", test_meeting_actions_to_review);
  ADD ("/meeting/overrun-seconds", test_meeting_overrun_seconds);
  ADD ("/meeting/pause", test_meeting_pause);
  ADD ("/meeting/full", test_meeting_full);
  ADD ("/meeting/carried-twice", test_meeting_carried_twice);
  ADD ("/meeting/refused-action", test_meeting_refused_action);
  ADD ("/meeting/abandoned", test_meeting_abandoned);
  ADD ("/meeting/undo", test_meeting_undo);
  ADD ("/meeting/minutes", test_meeting_minutes);

  return g_test_run ();
}
