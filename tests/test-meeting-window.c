/* test-meeting-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The weekly meeting in the real window, on a temporary copy of the sample
 * company (today Friday 2025-09-26; A03 and A05 late), with a fake clock
 * injected through the window's cadence monitor: started with Ctrl+M's
 * action, driven through the meeting window's actions, ended, then found
 * on the Meetings page and in the company file opened again. Also the
 * cadence card, the reminders and the agenda in Preferences. Every
 * template of the meeting is instantiated here (G_DEBUG=fatal-criticals).
 *
 * With SC_SCREENSHOT_DIR set, the meeting (mid-meeting, a point over
 * time) and the dashboard's cadence card are saved there as
 * meeting-<lang>.png and cadence-<lang>.png (LANGUAGE=fr for French).
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-agenda-editor.h"
#include "sc-alert-window.h"
#include "sc-cadence-monitor.h"
#include "sc-l10n.h"
#include "sc-meeting-action-row.h"
#include "sc-meeting-actions.h"
#include "sc-meeting-kpis.h"
#include "sc-meeting-topic-row.h"
#include "sc-meeting-topics.h"
#include "sc-meeting-wrap-up.h"
#include "sc-meetings-page.h"
#include "sc-metrics.h"
#include "sc-plan.h"
#include "sc-preferences-window.h"
#include "sc-test-records.h"
#include "sc-test-utils.h"
#include "sc-values.h"

typedef struct
{
  char             *path;
  ScWindow         *window;
  ScStore          *store;
  ScCadenceMonitor *monitor;
  double            now;
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
  f->path = sc_test_make_sample (0);
  f->window = sc_test_window (f->path);
  f->store = sc_window_get_store (f->window);
  f->monitor = sc_cadence_monitor_get (f->window);
  g_assert_nonnull (f->monitor);
  f->now = 5000.0;
  sc_cadence_monitor_set_clock (f->monitor, fake_clock, f);
}

static void
close_windows (Fixture *f)
{
  ScMeetingWindow *meeting;

  if (f->window == NULL)
    return;
  meeting = sc_cadence_monitor_get_meeting_window (f->monitor);
  if (meeting != NULL)
    gtk_window_destroy (GTK_WINDOW (meeting));
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  f->store = NULL;
  f->monitor = NULL;
  sc_test_flush ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_windows (f);
  g_free (f->path);
}

static ScStore *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  ScStore *store;

  close_windows (f);
  store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return store;
}

static ScDay
day (const char *iso)
{
  return sc_day_from_iso (iso);
}

static gint64
id_of (ScStore           *store,
       const ScTableInfo *table,
       guint              column,
       const char        *text)
{
  ScRecord *r = find (store, table, column, text);

  g_assert_nonnull (r);
  return sc_record_get_id (r);
}

static ScMeetingWindow *
start_meeting (Fixture *f)
{
  ScMeetingWindow *meeting;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.start-meeting", NULL));
  meeting = sc_cadence_monitor_get_meeting_window (f->monitor);
  g_assert_nonnull (meeting);
  gtk_window_set_default_size (GTK_WINDOW (meeting), 1240, 800);
  sc_test_flush ();
  return meeting;
}

/* Moves the fake clock on and lets the meeting see it, as its timer does. */
static void
advance (Fixture         *f,
         ScMeetingWindow *meeting,
         double           seconds)
{
  f->now += seconds;
  sc_meeting_session_tick (sc_meeting_window_get_session (meeting));
}

static void
activate (gpointer    widget,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
}

/* Presses Enter in a scorecard cell, through its key controller. */
static void
press_enter (ScScorecardCell *cell)
{
  GtkWidget *entry = GTK_WIDGET (sc_scorecard_cell_get_editable (cell));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
    }
  g_assert_true (handled);
}

/* Presses a key in the meeting window, as its key controller sees it. */
static gboolean
press_key (ScMeetingWindow *meeting,
           guint            keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (meeting));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static GtkCheckButton *
find_check (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found;

      if (GTK_IS_CHECK_BUTTON (child) &&
          g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), text) == 0)
        return GTK_CHECK_BUTTON (child);
      if ((found = find_check (child, text)) != NULL)
        return found;
    }
  return NULL;
}

static ScAlertWindow *
find_alert (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SC_IS_ALERT_WINDOW (window) && gtk_window_get_transient_for (window) == parent)
        return SC_ALERT_WINDOW (window);
    }
  return NULL;
}

/* The card refreshes when idle, after the redraws: wait for it, boundedly. */
static void
wait_for_card (Fixture        *f,
               ScCadenceField  field,
               const char     *expected)
{
  ScCadenceCard *card = sc_cadence_monitor_get_card (f->monitor);
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_strcmp0 (sc_cadence_card_get_text (card, field), expected) != 0 &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (sc_cadence_card_get_text (card, field), ==, expected);
}

/* The meeting, point by point ------------------------------------------ */

static void
run_kpis (Fixture         *f,
          ScMeetingWindow *meeting)
{
  ScMeetingKpis *kpis = SC_MEETING_KPIS (sc_meeting_window_get_panel (meeting, 0));
  ScScorecardCell *cell = sc_meeting_kpis_get_cell (kpis, 4);
  g_autoptr(ScKpiValue) value = NULL;
  ScKpi *opportunities = SC_KPI (find (f->store, &sc_kpi_table, SC_KPI_CATALOG_KEY, "K23"));

  g_assert_nonnull (strstr (sc_meeting_kpis_get_summary (kpis), "Missing: 1"));
  sc_scorecard_cell_focus (cell);
  gtk_editable_set_text (sc_scorecard_cell_get_editable (cell), "16");
  press_enter (cell);
  value = sc_store_get_value (f->store, sc_record_get_id (SC_RECORD (opportunities)),
                              day ("2025-09-22"));
  g_assert_nonnull (value);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (value), SC_VALUE_VALUE), ==, 1600);
  /* The panel refreshes when idle, after the redraws: wait, boundedly. */
  {
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (strstr (sc_meeting_kpis_get_summary (kpis), "Missing") != NULL &&
           g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_null (strstr (sc_meeting_kpis_get_summary (kpis), "Missing"));

  /* Five minutes are 5:00 left at the start, over from 5:01 on. */
  advance (f, meeting, 300);
  g_assert_cmpstr (sc_meeting_window_get_segment_clock (meeting), ==, "00:00");
  g_assert_null (sc_meeting_window_get_overrun_text (meeting));
  advance (f, meeting, 1);
  g_assert_cmpstr (sc_meeting_window_get_overrun_text (meeting), ==, "00:01 over");
  g_assert_cmpstr (sc_meeting_window_get_segment_clock (meeting), ==, "\u221200:01");
  advance (f, meeting, 11);
  g_assert_cmpstr (sc_meeting_window_get_overrun_text (meeting), ==, "00:12 over");
  activate (meeting, "meeting.next");
  g_assert_null (sc_meeting_window_get_overrun_text (meeting));
}

static void
run_actions (Fixture         *f,
             ScMeetingWindow *meeting)
{
  ScMeetingActions *panel = SC_MEETING_ACTIONS (sc_meeting_window_get_panel (meeting, 1));
  GPtrArray *rows = sc_meeting_actions_get_rows (panel);
  ScMeetingActionRow *a03, *a05;
  ScRecord *action;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (rows->len, ==, 2);
  a03 = g_ptr_array_index (rows, 0);
  a05 = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (sc_meeting_action_row_get_action (a03)),
                                       SC_ACTION_REF), ==, "A03");

  activate (a03, "action.complete");
  action = find (f->store, &sc_action_table, SC_ACTION_REF, "A03");
  g_assert_cmpint (sc_record_get_int (action, SC_ACTION_STATUS), ==, SC_ACTION_DONE);
  g_assert_cmpstr (sc_meeting_window_get_toast (meeting), ==, "Action A03 marked as done.");
  g_assert_true (g_str_has_prefix (sc_meeting_action_row_get_state_text (a03), "Done on Sep 26"));
  g_assert_cmpuint (rows->len, ==, 2);

  /* A new date is a slip, with its reason; the meeting's Undo takes it back. */
  g_assert_true (sc_meeting_action_row_move (a05, "2025-10-10", "Visites reportées"));
  action = find (f->store, &sc_action_table, SC_ACTION_REF, "A05");
  g_assert_cmpuint (sc_record_get_date (action, SC_ACTION_DUE), ==, day ("2025-10-10"));
  g_assert_cmpuint (sc_plan_count_slips (f->store, sc_record_get_id (action)), ==, 1);
  activate (meeting, "meeting.undo");
  g_assert_cmpuint (sc_record_get_date (action, SC_ACTION_DUE), ==, day ("2025-06-27"));
  g_assert_false (sc_meeting_action_row_drop (a05, " "));
  g_assert_cmpint (sc_record_get_int (action, SC_ACTION_STATUS), ==, SC_ACTION_OPEN);

  advance (f, meeting, 540);
  g_assert_true (press_key (meeting, GDK_KEY_Page_Down));
  g_assert_cmpuint (sc_meeting_session_get_current (sc_meeting_window_get_session (meeting)), ==, 2);
}

static void
run_topics (Fixture         *f,
            ScMeetingWindow *meeting)
{
  ScMeetingTopics *panel = SC_MEETING_TOPICS (sc_meeting_window_get_panel (meeting, 2));
  GtkEntry *entry = sc_meeting_topics_get_entry (panel);
  GtkWidget *row;

  gtk_editable_set_text (GTK_EDITABLE (entry), "Salon Expo Manufacturier");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Prix de l'acier");
  g_signal_emit_by_name (entry, "activate");

  row = sc_meeting_topics_get_row (panel, 0);
  g_assert_false (sc_meeting_topic_row_decide (SC_MEETING_TOPIC_ROW (row), ""));
  g_assert_true (sc_meeting_topic_row_decide (SC_MEETING_TOPIC_ROW (row), "On réserve un kiosque."));
  /* In the topic's entry, Space is a space. */
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  g_assert_false (press_key (meeting, GDK_KEY_space));
  row = sc_meeting_topics_get_row (panel, 1);
  activate (row, "topic.leave");
  g_assert_true (sc_meeting_session_topic_is_left (sc_meeting_window_get_session (meeting),
                                                   sc_meeting_topic_row_get_topic (SC_MEETING_TOPIC_ROW (row))));
  advance (f, meeting, 600);
  activate (meeting, "meeting.next");
}

static void
run_wrap_up (Fixture         *f,
             ScMeetingWindow *meeting)
{
  ScMeetingWrapUp *panel = SC_MEETING_WRAP_UP (sc_meeting_window_get_panel (meeting, 3));
  ScMeetingSession *session = sc_meeting_window_get_session (meeting);
  GtkEditable *date = GTK_EDITABLE (sc_date_entry_get_entry (sc_meeting_wrap_up_get_date (panel)));
  guint actions = sc_store_count_rows (f->store, &sc_action_table);

  /* Without an owner: refused at the field, nothing kept. */
  gtk_editable_set_text (GTK_EDITABLE (sc_meeting_wrap_up_get_title (panel)), "Réserver le kiosque");
  gtk_editable_set_text (date, "2025-10-10");
  g_assert_false (sc_meeting_wrap_up_add (panel));
  g_assert_cmpstr (sc_meeting_wrap_up_get_message (panel), ==,
                   "Choose who is responsible: every action has one owner.");
  g_assert_cmpuint (g_list_model_get_n_items (sc_meeting_session_get_new_actions (session)), ==, 0);

  sc_record_chooser_set_selected_id (sc_meeting_wrap_up_get_owner (panel),
                                     id_of (f->store, &sc_person_table, SC_PERSON_NAME,
                                            "Émilie Ouellet"));
  g_assert_true (sc_meeting_wrap_up_add (panel));
  g_assert_null (sc_meeting_wrap_up_get_message (panel));
  g_assert_cmpuint (g_list_model_get_n_items (sc_meeting_session_get_new_actions (session)), ==, 1);
  /* Written only when the meeting ends. */
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, actions);

  gtk_check_button_set_active (find_check (GTK_WIDGET (meeting), "Émilie Ouellet"), FALSE);
  g_assert_cmpuint (sc_meeting_session_count_present (session), ==, 4);
  advance (f, meeting, 300);
  g_assert_cmpstr (sc_meeting_window_get_meeting_clock (meeting), ==, "00:48");
}

/* What the meeting of test_meeting_window_run () left in the file. */
static void
check_file (Fixture *f)
{
  g_autoptr(ScStore) store = reopen (f);
  ScRecord *m, *topic;

  g_assert_cmpuint (sc_store_count_rows (store, &sc_meeting_table), ==, 1);
  m = find (store, &sc_meeting_table, SC_MEETING_NOTES, "");
  g_assert_cmpint (sc_record_get_int (m, SC_MEETING_DURATION), ==, 1752);
  g_assert_cmpuint (sc_store_count_rows (store, &sc_segment_table), ==, 4);
  g_assert_cmpuint (sc_store_count_rows (store, &sc_attendance_table), ==, 5);
  topic = find (store, &sc_topic_table, SC_TOPIC_TITLE, "Prix de l'acier");
  g_assert_cmpint (sc_record_get_int (topic, SC_TOPIC_CARRIED), ==, 1);
  g_assert_cmpint (sc_record_get_ref (find (store, &sc_action_table, SC_ACTION_TITLE,
                                            "Réserver le kiosque"), SC_ACTION_MEETING_ID), ==,
                   sc_record_get_id (m));
  g_assert_cmpint (sc_record_get_int (find (store, &sc_action_table, SC_ACTION_REF, "A03"),
                                      SC_ACTION_STATUS), ==, SC_ACTION_DONE);
}

static void
test_meeting_window_run (Fixture       *f,
                         gconstpointer  data)
{
  ScKpi *opportunities = SC_KPI (find (f->store, &sc_kpi_table, SC_KPI_CATALOG_KEY, "K23"));
  g_autoptr(GError) error = NULL;
  ScMeetingWindow *meeting;
  ScMeetingsPage *page;

  /* A figure missing, to be typed in the meeting. */
  g_assert_true (sc_values_set_text (f->store, opportunities, day ("2025-09-22"), SC_LANG_EN, "",
                                     &error));
  meeting = start_meeting (f);
  g_assert_cmpstr (sc_meeting_window_get_meeting_clock (meeting), ==, "30:00");
  /* Space starts and pauses, wherever the focus is but in a text. */
  gtk_widget_grab_focus (gtk_widget_get_last_child (GTK_WIDGET (sc_meeting_window_get_panel (meeting, 0))));
  g_assert_true (press_key (meeting, GDK_KEY_space));
  g_assert_cmpint (sc_meeting_session_get_state (sc_meeting_window_get_session (meeting)), ==,
                   SC_MEETING_STATE_RUNNING);
  g_assert_true (press_key (meeting, GDK_KEY_space));
  g_assert_cmpint (sc_meeting_session_get_state (sc_meeting_window_get_session (meeting)), ==,
                   SC_MEETING_STATE_PAUSED);
  activate (meeting, "meeting.toggle");
  g_assert_cmpint (sc_meeting_session_get_state (sc_meeting_window_get_session (meeting)), ==,
                   SC_MEETING_STATE_RUNNING);

  run_kpis (f, meeting);
  run_actions (f, meeting);
  run_topics (f, meeting);
  run_wrap_up (f, meeting);

  activate (meeting, "meeting.end");
  g_assert_nonnull (strstr (sc_meeting_window_get_minutes (meeting),
                            "• Salon Expo Manufacturier: On réserve un kiosque.\n"));
  activate (meeting, "meeting.copy-minutes");
  g_assert_cmpstr (sc_meeting_window_get_toast (meeting), ==,
                   "Minutes copied: paste them in an email or a document.");
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "Meeting saved: 29 min of 30 min.");

  /* On the Meetings page. */
  activate (f->window, "win.show-meetings");
  sc_test_flush ();
  page = SC_MEETINGS_PAGE (sc_test_find_child (GTK_WIDGET (f->window), SC_TYPE_MEETINGS_PAGE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpuint (sc_meetings_page_get_n_meetings (page), ==, 1);
  g_assert_cmpstr (sc_meetings_page_get_row_text (page, 0), ==,
                   "29 min of 30 min · 4 of 5 present · 1 decision");
  g_assert_nonnull (strstr (sc_meetings_page_get_minutes (page), "Absent (1): Émilie Ouellet\n"));
  g_assert_nonnull (strstr (sc_meetings_page_get_minutes (page), "(carried 1 time)"));
  wait_for_card (f, SC_CADENCE_MEETINGS, "1 of 11");

  check_file (f);
}

/* Closing a meeting that has not ended asks first. */
static void
test_meeting_window_close (Fixture       *f,
                           gconstpointer  data)
{
  ScMeetingWindow *meeting = start_meeting (f);
  ScAlertWindow *alert;
  g_autoptr(ScStore) store = NULL;

  activate (meeting, "meeting.toggle");
  advance (f, meeting, 100);
  gtk_window_close (GTK_WINDOW (meeting));
  alert = find_alert (GTK_WINDOW (meeting));
  g_assert_nonnull (alert);
  sc_alert_window_respond (alert, "continue");
  sc_test_flush ();
  g_assert_true (sc_cadence_monitor_get_meeting_window (f->monitor) == meeting);

  gtk_window_close (GTK_WINDOW (meeting));
  sc_alert_window_respond (find_alert (GTK_WINDOW (meeting)), "discard");
  sc_test_flush ();
  g_assert_null (sc_cadence_monitor_get_meeting_window (f->monitor));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_meeting_table), ==, 0);

  /* "End and Save" saves, then closes. */
  meeting = start_meeting (f);
  activate (meeting, "meeting.toggle");
  advance (f, meeting, 1200);
  gtk_window_close (GTK_WINDOW (meeting));
  sc_alert_window_respond (find_alert (GTK_WINDOW (meeting)), "end");
  sc_test_flush ();
  g_assert_null (sc_cadence_monitor_get_meeting_window (f->monitor));
  store = reopen (f);
  g_assert_cmpint (sc_record_get_int (find (store, &sc_meeting_table, SC_MEETING_NOTES, ""),
                                      SC_MEETING_DURATION), ==, 1200);
}

/* The dashboard and the reminders ---------------------------------------- */

static void
test_cadence_card_and_reminders (Fixture       *f,
                                 gconstpointer  data)
{
  ScCadenceCard *card = sc_cadence_monitor_get_card (f->monitor);
  GSettings *settings = sc_application_get_settings (sc_test_application ());
  g_autofree char *key = g_strdup_printf ("review %s", f->path);
  g_autoptr(GVariant) shown = NULL;
  g_autofree char *today = NULL;

  sc_cadence_card_refresh (card);
  g_assert_cmpstr (sc_cadence_card_get_text (card, SC_CADENCE_MEETINGS), ==, "0 of 11");
  g_assert_cmpstr (sc_cadence_card_get_text (card, SC_CADENCE_LENGTH), ==, "—");
  g_assert_cmpstr (sc_cadence_card_get_text (card, SC_CADENCE_MISSING), ==, "0");
  g_assert_cmpstr (sc_cadence_card_get_text (card, SC_CADENCE_MONTHLY), ==,
                   "Monthly review of August 2025: late since September 16, 2025");
  g_assert_cmpstr (sc_cadence_card_get_text (card, SC_CADENCE_QUARTERLY), ==,
                   "Quarterly review of Q1 FY2025: late since July 15, 2025");
  /* Friday: not the meeting day. */
  g_assert_null (sc_cadence_card_get_text (card, SC_CADENCE_REMINDER));

  /* The sample's late reviews: shortly after the company opens, a toast
   * with its button; once a day. */
  {
    const char *expected = "Monthly review of August 2025: late since September 16, 2025";
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (g_strcmp0 (sc_window_get_toast (f->window), expected) != 0 &&
           g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpstr (sc_window_get_toast (f->window), ==, expected);
  }
  shown = g_settings_get_value (settings, "reminders-shown");
  today = sc_day_dup_iso (sc_day_today ());
  {
    g_autofree char *value = NULL;

    g_assert_true (g_variant_lookup (shown, key, "s", &value));
    g_assert_cmpstr (value, ==, today);
  }
  g_assert_cmpint (sc_cadence_monitor_check (f->monitor), ==, 0);

  /* Start Meeting is there when a company is open, and not read-only. */
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (f->window), SC_TYPE_WINDOW, "meeting_button"))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-reminder", NULL));

  /* On the meeting day, the card and a toast say so, with Start Meeting. */
  {
    g_autoptr(ScRecord) company = sc_record_copy (SC_RECORD (sc_store_get_company (f->store)));
    g_autoptr(GError) error = NULL;

    sc_record_set_date (company, SC_COMPANY_AS_OF, day ("2025-09-29"));
    g_assert_true (sc_store_put (f->store, "Monday", company, &error));
    g_assert_no_error (error);
  }
  wait_for_card (f, SC_CADENCE_REMINDER, "This week's meeting is today at 8:30 a.m.");
  gtk_revealer_set_reveal_child (GTK_REVEALER (gtk_widget_get_template_child (
    GTK_WIDGET (f->window), SC_TYPE_WINDOW, "toast_revealer")), FALSE);
  g_assert_cmpint (sc_cadence_monitor_check (f->monitor), ==, SC_REMINDER_MEETING);
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "This week's meeting is today at 8:30 a.m.");
}

static void
test_agenda_preferences (Fixture       *f,
                         gconstpointer  data)
{
  ScPreferencesWindow *prefs = sc_preferences_window_new (GTK_WINDOW (f->window), f->store, NULL);
  ScAgendaEditor *editor;
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(ScMeetingSession) session = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  sc_test_flush ();
  editor = SC_AGENDA_EDITOR (sc_test_find_child (GTK_WIDGET (prefs), SC_TYPE_AGENDA_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpstr (sc_agenda_editor_get_total (editor), ==,
                   "Total: 30 min, the length of the meeting.");

  gtk_spin_button_set_value (sc_agenda_editor_get_minutes (editor, 0), 7);
  gtk_editable_set_text (GTK_EDITABLE (sc_agenda_editor_get_title (editor, 2)),
                         "Soumissions et occasions importantes");
  g_signal_emit_by_name (sc_agenda_editor_get_title (editor, 2), "activate");
  g_assert_cmpstr (sc_agenda_editor_get_total (editor), ==,
                   "Total: 32 min, 2 min more than the 30 min meeting: it will run over.");

  agenda = sc_meeting_get_agenda (f->store);
  g_assert_cmpint (sc_record_get_int (g_ptr_array_index (agenda, 0), SC_AGENDA_MINUTES), ==, 7);
  session = sc_meeting_session_new (f->store, fake_clock, f);
  g_assert_cmpint (sc_meeting_session_get_planned (session, 0), ==, 420);
  g_assert_cmpstr (sc_meeting_session_get_title (session, 2, SC_LANG_EN), ==,
                   "Soumissions et occasions importantes");
  g_assert_cmpstr (sc_meeting_session_get_title (session, 1, SC_LANG_EN), ==,
                   "Actions due and overdue");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

/* Pictures ------------------------------------------------------------------- */

static void
add_history (Fixture *f)
{
  static const struct { const char *week; gint64 duration; } held[] = {
    { "2025-07-07", 1740 }, { "2025-07-14", 1920 }, { "2025-08-04", 2010 },
    { "2025-08-11", 1800 }, { "2025-08-18", 1680 }, { "2025-08-25", 1860 },
    { "2025-09-08", 1830 }, { "2025-09-15", 1790 },
  };
  static const struct { const char *title; guint carried; } topics[] = {
    { "Prix de l'acier : clause sur les commandes ouvertes", 2 },
    { "Agri-Nord : relancer la soumission de 85 k$ ?", 1 },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    {
      g_autoptr(ScRecord) m = sc_record_new (SC_TYPE_MEETING);
      g_autofree char *started = g_strconcat (held[i].week, "T08:30:00", NULL);

      sc_record_set_date (m, SC_MEETING_WEEK, day (held[i].week));
      sc_record_set_text (m, SC_MEETING_STARTED, started);
      sc_record_set_text (m, SC_MEETING_ENDED, started);
      sc_record_set_int (m, SC_MEETING_PLANNED_MINUTES, 30);
      sc_record_set_int (m, SC_MEETING_DURATION, held[i].duration);
      g_assert_true (sc_store_put (f->store, "History", m, &error));
    }
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      g_autoptr(ScRecord) t = sc_record_new (SC_TYPE_TOPIC);

      sc_record_set_text (t, SC_TOPIC_TITLE, topics[i].title);
      sc_record_set_date (t, SC_TOPIC_CREATED, day ("2025-09-08"));
      sc_record_set_int (t, SC_TOPIC_CARRIED, topics[i].carried);
      g_assert_true (sc_store_put (f->store, "History", t, &error));
    }
  g_assert_no_error (error);

  /* Actions due in those weeks: three done on time, one late. */
  for (guint i = 0; i < 4; i++)
    {
      static const char *const dues[] = { "2025-08-08", "2025-08-22", "2025-09-05", "2025-09-12" };
      static const char *const done[] = { "2025-08-07", "2025-08-22", "2025-09-03", "2025-09-17" };
      g_autoptr(ScAction) a = sc_plan_new_action (f->store, 0, 0);
      g_autofree char *title = g_strdup_printf ("Relance des soumissions, lot %u", i + 1);

      sc_record_set_text (SC_RECORD (a), SC_ACTION_TITLE, title);
      sc_record_set_ref (SC_RECORD (a), SC_ACTION_OWNER_ID,
                         id_of (f->store, &sc_person_table, SC_PERSON_NAME, "Sophie Lachance"));
      sc_record_set_date (SC_RECORD (a), SC_ACTION_DUE, day (dues[i]));
      sc_record_set_int (SC_RECORD (a), SC_ACTION_STATUS, SC_ACTION_DONE);
      sc_record_set_date (SC_RECORD (a), SC_ACTION_DONE_ON, day (done[i]));
      g_assert_true (sc_plan_save_action (f->store, a, NULL, &error));
    }
}

static void
hide_toasts (Fixture         *f,
             ScMeetingWindow *meeting)
{
  gtk_revealer_set_reveal_child (GTK_REVEALER (gtk_widget_get_template_child (
    GTK_WIDGET (f->window), SC_TYPE_WINDOW, "toast_revealer")), FALSE);
  if (meeting != NULL)
    activate (meeting, "meeting.hide-toast");
}

static void
save_png (GtkWidget  *widget,
          const char *dir,
          const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, sc_lang_to_code (sc_l10n_ui_lang ()));
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GError) error = NULL;
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gboolean rendered;
  GStatBuf st;

  /* A window just presented is laid out at the next frames (slowly under
   * the sanitizers). */
  while (gtk_widget_get_width (widget) == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  /* Nothing is drawn until the window is mapped: under the sanitizers
   * that may take a while. */
  while (!(rendered = sc_test_render_png (widget, path, &error)) && g_get_monotonic_time () < end)
    {
      gboolean never = FALSE;

      g_clear_error (&error);
      sc_test_wait_for (&never, 50);
    }
  g_assert_no_error (error);
  g_assert_true (rendered);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
}

static void
test_meeting_window_screenshots (Fixture       *f,
                                 gconstpointer  data)
{
  const char *dir = g_getenv ("SC_SCREENSHOT_DIR");
  g_autofree char *tmp = dir ? NULL : sc_test_make_dir ();
  ScMeetingWindow *meeting;
  ScMeetingTopics *topics;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  gboolean never = FALSE;

  /* The reminders of the day, shown now rather than over the picture. */
  sc_cadence_monitor_check (f->monitor);
  add_history (f);
  meeting = start_meeting (f);
  activate (meeting, "meeting.toggle");
  gtk_check_button_set_active (find_check (GTK_WIDGET (meeting), "Émilie Ouellet"), FALSE);
  advance (f, meeting, 312);
  activate (meeting, "meeting.next");
  activate (g_ptr_array_index (sc_meeting_actions_get_rows (SC_MEETING_ACTIONS (
    sc_meeting_window_get_panel (meeting, 1))), 0), "action.complete");
  advance (f, meeting, 540);
  activate (meeting, "meeting.next");
  topics = SC_MEETING_TOPICS (sc_meeting_window_get_panel (meeting, 2));
  sc_meeting_topic_row_decide (SC_MEETING_TOPIC_ROW (sc_meeting_topics_get_row (topics, 0)),
                               "Clause ajoutée aux 6 commandes ouvertes : Nathalie appelle les clients.");
  gtk_editable_set_text (GTK_EDITABLE (sc_meeting_topics_get_entry (topics)),
                         "Kiosque au salon Expo Manufacturier (février)");
  g_signal_emit_by_name (sc_meeting_topics_get_entry (topics), "activate");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (
    sc_test_find_child (GTK_WIDGET (meeting), GTK_TYPE_TEXT_VIEW))),
    "Agri-Nord attend la révision du prix de l'acier avant de confirmer.", -1);
  advance (f, meeting, 647);
  g_assert_nonnull (sc_meeting_window_get_overrun_text (meeting));
  hide_toasts (f, meeting);
  sc_test_wait_for (&never, 600);
  save_png (GTK_WIDGET (meeting), dir ? dir : tmp, "meeting");

  /* The dashboard once the meeting is saved, scrolled to the cadence. */
  advance (f, meeting, 250);
  activate (meeting, "meeting.end");
  gtk_window_destroy (GTK_WINDOW (meeting));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "dashboard");
  sc_test_wait_for (&never, 600);
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (
    sc_cadence_monitor_get_card (f->monitor)), GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  sc_test_wait_for (&never, 300);
  {
    /* In the language of the picture. */
    g_autofree char *nine = g_strdup_printf (_("%u of %u"), 9, 11);

    wait_for_card (f, SC_CADENCE_MEETINGS, nine);
  }
  hide_toasts (f, NULL);
  sc_test_wait_for (&never, 400);
  save_png (GTK_WIDGET (f->window), dir ? dir : tmp, "cadence");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  ADD ("/meeting-window/run", test_meeting_window_run);
  ADD ("/meeting-window/close", test_meeting_window_close);
  ADD ("/meeting-window/cadence-card", test_cadence_card_and_reminders);
  ADD ("/meeting-window/agenda-preferences", test_agenda_preferences);
  ADD ("/meeting-window/screenshots", test_meeting_window_screenshots);

  return g_test_run ();
}
