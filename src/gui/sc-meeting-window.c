/* sc-meeting-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-meeting-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-meeting-actions.h"
#include "sc-meeting-kpis.h"
#include "sc-meeting-topics.h"
#include "sc-meeting-window-private.h"
#include "sc-meeting-wrap-up.h"
#include "sc-minutes.h"

G_DEFINE_FINAL_TYPE (ScMeetingWindow, sc_meeting_window, GTK_TYPE_WINDOW)

enum {
  ENDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static ScLang
ui_lang (void)
{
  return sc_l10n_ui_lang ();
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

/* "02:15 over": never colour alone. */
static char *
over_text (gint64 remaining)
{
  g_autofree char *clock = sc_format_clock (-remaining);

  /* Translators: time beyond the plan, "02:15 over". */
  return g_strdup_printf (_("%s over"), clock);
}

/* The state ----------------------------------------------------------------- */

static void
update_actions (ScMeetingWindow *self)
{
  ScMeetingState state = sc_meeting_session_get_state (self->session);
  guint current = sc_meeting_session_get_current (self->session);
  guint n = sc_meeting_session_get_n_segments (self->session);
  gboolean ended = state == SC_MEETING_STATE_ENDED;
  gboolean running = state == SC_MEETING_STATE_RUNNING || state == SC_MEETING_STATE_PAUSED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.toggle", !ended);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.next", !ended && current + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.previous", !ended && current > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.end",
                                 running && !sc_store_get_read_only (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.copy-minutes",
                                 self->minutes_text != NULL);
}

static void
update_run_button (ScMeetingWindow *self)
{
  ScMeetingState state = sc_meeting_session_get_state (self->session);

  gtk_image_set_from_icon_name (self->run_icon, state == SC_MEETING_STATE_RUNNING
                                                ? "media-playback-pause-symbolic"
                                                : "media-playback-start-symbolic");
  gtk_label_set_label (self->run_label, state == SC_MEETING_STATE_READY ? _("_Start Meeting")
                                        : state == SC_MEETING_STATE_RUNNING ? _("_Pause")
                                        : _("_Resume"));
  /* A button with a box inside gets no name of its own. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->run_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->run_label), -1);
  set_class (GTK_WIDGET (self->run_button), "suggested-action", state == SC_MEETING_STATE_READY);
  gtk_widget_set_visible (GTK_WIDGET (self->run_button), state != SC_MEETING_STATE_ENDED);
}

static void
update_meeting_clock (ScMeetingWindow *self)
{
  gint64 remaining = sc_meeting_session_get_meeting_remaining (self->session);
  gint64 planned = sc_meeting_session_get_meeting_planned (self->session);
  ScMeetingState state = sc_meeting_session_get_state (self->session);
  gboolean over = remaining < 0;
  g_autofree char *clock = sc_format_clock (remaining);
  g_autofree char *length = sc_format_minutes (ui_lang (), (int) (planned / 60));
  g_autofree char *text = NULL;

  gtk_label_set_label (self->meeting_clock_label, clock);
  if (over)
    text = over_text (remaining);
  else if (state == SC_MEETING_STATE_READY)
    /* Translators: before the start, "30 min planned". */
    text = g_strdup_printf (_("%s planned"), length);
  else if (state == SC_MEETING_STATE_PAUSED)
    /* Translators: "Paused · left of 30 min". */
    text = g_strdup_printf (_("Paused · left of %s"), length);
  else
    /* Translators: under the meeting's countdown, "left of 30 min". */
    text = g_strdup_printf (_("left of %s"), length);
  gtk_label_set_label (self->meeting_state_label, text);
  gtk_widget_set_visible (self->meeting_over_icon, over);
  set_class (self->meeting_clock_box, "overrun", over);
  set_class (self->meeting_clock_box, "paused", state == SC_MEETING_STATE_PAUSED);
}

static void
update_segment_head (ScMeetingWindow *self)
{
  guint current = sc_meeting_session_get_current (self->session);
  gint64 remaining = sc_meeting_session_get_remaining (self->session, current);
  gint64 planned = sc_meeting_session_get_planned (self->session, current);
  gint64 used = sc_meeting_session_get_used (self->session, current);
  gboolean over = remaining < 0;
  g_autofree char *clock = sc_format_clock (remaining);
  g_autofree char *number = NULL;
  g_autofree char *state = NULL;

  /* Translators: which point of the agenda, "Point 2 of 4". */
  number = g_strdup_printf (_("Point %u of %u"), current + 1,
                            sc_meeting_session_get_n_segments (self->session));
  gtk_label_set_label (self->segment_number_label, number);
  gtk_label_set_label (self->segment_title_label,
                       sc_meeting_session_get_title (self->session, current, ui_lang ()));
  gtk_label_set_label (self->segment_clock_label, clock);
  gtk_progress_bar_set_fraction (self->segment_progress,
                                 planned > 0 ? MIN (1.0, (double) used / planned) : 1.0);

  g_clear_pointer (&self->overrun_text, g_free);
  if (over)
    {
      self->overrun_text = over_text (remaining);
      state = g_strdup (self->overrun_text);
    }
  else
    {
      g_autofree char *length = sc_format_minutes (ui_lang (), (int) (planned / 60));

      /* Translators: a point's planned time, "10 min planned". */
      state = g_strdup_printf (_("%s planned"), length);
    }
  gtk_label_set_label (self->segment_state_label, state);
  gtk_image_set_from_icon_name (self->segment_state_icon, over ? "dialog-warning-symbolic"
                                                               : "alarm-symbolic");
  set_class (self->segment_head, "overrun", over);
}

static void
update_agenda (ScMeetingWindow *self)
{
  guint current = sc_meeting_session_get_current (self->session);
  gboolean started = sc_meeting_session_get_state (self->session) != SC_MEETING_STATE_READY;

  for (guint i = 0; i < self->agenda_rows->len; i++)
    {
      AgendaRow *row = &g_array_index (self->agenda_rows, AgendaRow, i);
      gint64 used = sc_meeting_session_get_used (self->session, i);
      gint64 planned = sc_meeting_session_get_planned (self->session, i);
      gboolean over = sc_meeting_session_is_overrun (self->session, i);
      gboolean touched = started && (used > 0 || i == current);
      g_autofree char *time = NULL;
      const char *icon = NULL;

      if (touched)
        {
          g_autofree char *a = sc_format_clock (used);
          g_autofree char *b = sc_format_clock (planned);

          /* Translators: a point's time used against its plan, "05:12 / 05:00". */
          time = g_strdup_printf (_("%s / %s"), a, b);
        }
      else
        time = sc_format_minutes (ui_lang (), (int) (planned / 60));
      gtk_label_set_label (row->time_label, time);

      if (over)
        icon = "dialog-warning-symbolic";
      else if (i == current)
        icon = "media-playback-start-symbolic";
      else if (touched)
        icon = "object-select-symbolic";
      gtk_image_set_from_icon_name (row->icon, icon);
      gtk_widget_set_visible (GTK_WIDGET (row->icon), icon != NULL);
      set_class (row->row, "current", i == current);
      set_class (row->row, "overrun", over);
    }
}

void
_sc_meeting_window_update (ScMeetingWindow *self)
{
  update_run_button (self);
  update_meeting_clock (self);
  update_segment_head (self);
  update_agenda (self);
  update_actions (self);
}

/* The timer ------------------------------------------------------------------ */

static void schedule_tick (ScMeetingWindow *self);

static void
on_tick_cb (gpointer data)
{
  ScMeetingWindow *self = data;

  self->tick_id = 0;
  sc_meeting_session_tick (self->session);
  schedule_tick (self);
}

/* Wakes when the next second turns, not on a fixed period: the
 * countdown and the over-time signal change on the right second. */
static void
schedule_tick (ScMeetingWindow *self)
{
  guint delay = sc_meeting_session_get_tick_delay (self->session);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (delay > 0)
    self->tick_id = g_timeout_add_once (delay, on_tick_cb, self);
}

static void
on_session_clock_cb (ScMeetingWindow *self)
{
  update_meeting_clock (self);
  update_segment_head (self);
  update_agenda (self);
}

static void
load_notes (ScMeetingWindow *self)
{
  guint current = sc_meeting_session_get_current (self->session);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);

  self->loading_notes = TRUE;
  gtk_text_buffer_set_text (buffer, sc_meeting_session_get_notes (self->session, current), -1);
  self->loading_notes = FALSE;
}

static void
on_notes_changed_cb (ScMeetingWindow *self,
                     GtkTextBuffer   *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading_notes)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  sc_meeting_session_set_notes (self->session, sc_meeting_session_get_current (self->session),
                                text);
}

static void
on_session_current_cb (ScMeetingWindow *self)
{
  g_autofree char *name = g_strdup_printf ("%u", sc_meeting_session_get_current (self->session));

  gtk_stack_set_visible_child_name (self->segment_stack, name);
  load_notes (self);
  _sc_meeting_window_update (self);
}

static void
on_session_state_cb (ScMeetingWindow *self)
{
  schedule_tick (self);
  _sc_meeting_window_update (self);
}

/* Building ------------------------------------------------------------------- */

static GtkWidget *
new_panel (ScMeetingSession *session,
           ScSegmentKind     kind)
{
  switch (kind)
    {
    case SC_SEGMENT_KIND_KPIS:
      return GTK_WIDGET (sc_meeting_kpis_new (session));
    case SC_SEGMENT_KIND_ACTIONS:
      return GTK_WIDGET (sc_meeting_actions_new (session));
    case SC_SEGMENT_KIND_TOPICS:
      return GTK_WIDGET (sc_meeting_topics_new (session));
    case SC_SEGMENT_KIND_WRAP_UP:
    default:
      return GTK_WIDGET (sc_meeting_wrap_up_new (session));
    }
}

static GtkWidget *
agenda_row (ScMeetingWindow *self,
            guint            index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (sc_meeting_session_get_title (self->session, index,
                                                                   ui_lang ()));
  AgendaRow entry = { row, GTK_LABEL (gtk_label_new (NULL)), GTK_IMAGE (gtk_image_new ()) };
  g_autofree char *digits = g_strdup_printf ("%u", index + 1);

  gtk_label_set_label (GTK_LABEL (number), digits);
  gtk_widget_add_css_class (number, "agenda-number");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (entry.time_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (entry.time_label), "caption");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry.icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "", -1);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (entry.time_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (entry.icon));
  gtk_widget_add_css_class (box, "agenda-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (GTK_LABEL (title)), -1);
  g_array_append_val (self->agenda_rows, entry);
  return row;
}

static void
on_agenda_row_activated_cb (ScMeetingWindow *self,
                            GtkListBoxRow   *row)
{
  if (sc_meeting_session_get_state (self->session) != SC_MEETING_STATE_ENDED)
    sc_meeting_session_set_current (self->session, gtk_list_box_row_get_index (row));
}

static void
update_present (ScMeetingWindow *self)
{
  g_autoptr(GPtrArray) people = sc_meeting_session_get_people (self->session);
  /* Translators: attendance, "4 of 5". */
  g_autofree char *text = g_strdup_printf (_("%u of %u"),
                                           sc_meeting_session_count_present (self->session),
                                           people->len);

  gtk_label_set_label (self->present_label, text);
}

static void
on_present_toggled_cb (GtkCheckButton  *check,
                       ScMeetingWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "person-id"));

  sc_meeting_session_set_present (self->session, id, gtk_check_button_get_active (check));
  update_present (self);
}

static void
build_attendance (ScMeetingWindow *self)
{
  g_autoptr(GPtrArray) people = sc_meeting_session_get_people (self->session);

  for (guint i = 0; i < people->len; i++)
    {
      ScRecord *person = g_ptr_array_index (people, i);
      GtkWidget *check = gtk_check_button_new_with_label (sc_record_get_text (person,
                                                                              SC_PERSON_NAME));
      gint64 id = sc_record_get_id (person);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   sc_meeting_session_get_present (self->session, id));
      g_object_set_data (G_OBJECT (check), "person-id", GSIZE_TO_POINTER ((gsize) id));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_present_toggled_cb), self, 0);
      gtk_widget_add_css_class (check, "attendance-check");
      gtk_list_box_append (self->attendance_list, check);
    }
  update_present (self);
}

static void
build (ScMeetingWindow *self)
{
  g_autofree char *week = sc_format_week_label (ui_lang (),
                                                sc_meeting_session_get_review_week (self->session));
  g_autofree char *today = sc_format_date_long (ui_lang (),
                                                sc_meeting_session_get_day (self->session), TRUE);
  /* Translators: under the title, "Friday, September 26, 2025 · Figures: Week of September 22, 2025". */
  g_autofree char *subtitle = g_strdup_printf (_("%s · Figures: %s"), today, week);

  gtk_label_set_label (self->subtitle_label, subtitle);
  for (guint i = 0; i < sc_meeting_session_get_n_segments (self->session); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", i);
      GtkWidget *panel = new_panel (self->session, sc_meeting_session_get_kind (self->session, i));

      gtk_stack_add_named (self->segment_stack, panel, name);
      gtk_list_box_append (self->agenda_list, agenda_row (self, i));
    }
  build_attendance (self);

  g_signal_connect_object (self->session, "notify::segment-remaining",
                           G_CALLBACK (on_session_clock_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::meeting-remaining",
                           G_CALLBACK (on_session_clock_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::current",
                           G_CALLBACK (on_session_current_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::state",
                           G_CALLBACK (on_session_state_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
  load_notes (self);
  _sc_meeting_window_update (self);
}

/* After the meeting is saved: its minutes, and the window says so. */
void
_sc_meeting_window_ended (ScMeetingWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScMinutes) minutes = sc_minutes_new (self->store,
                                                 sc_meeting_session_get_meeting_id (self->session),
                                                 ui_lang (), &error);
  g_autofree char *length = NULL;
  g_autofree char *summary = NULL;

  if (minutes != NULL)
    {
      g_free (self->minutes_text);
      self->minutes_text = sc_minutes_to_text (minutes);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->minutes_view), self->minutes_text,
                                -1);
      length = sc_minutes_dup_length (ui_lang (), minutes->duration, minutes->planned_minutes);
      /* Translators: after the meeting: "31 min of 30 min · 4 of 5 present". */
      summary = g_strdup_printf (_("%s · %u of %u present"), length,
                                 sc_minutes_count_present (minutes), minutes->attendees->len);
      gtk_label_set_label (self->ended_summary, summary);
    }
  gtk_stack_set_visible_child_name (self->main_stack, "ended");
  gtk_widget_set_visible (self->end_button, FALSE);
  gtk_widget_set_visible (self->copy_button, TRUE);
  _sc_meeting_window_update (self);
  g_signal_emit (self, signals[ENDED], 0, sc_meeting_session_get_meeting_id (self->session));
}

/* The object ---------------------------------------------------------------------- */

static void
sc_meeting_window_dispose (GObject *object)
{
  ScMeetingWindow *self = SC_MEETING_WINDOW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->toast_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MEETING_WINDOW);
  g_clear_object (&self->session);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_meeting_window_parent_class)->dispose (object);
}

static void
sc_meeting_window_finalize (GObject *object)
{
  ScMeetingWindow *self = SC_MEETING_WINDOW (object);

  g_clear_pointer (&self->agenda_rows, g_array_unref);
  g_free (self->overrun_text);
  g_free (self->minutes_text);

  G_OBJECT_CLASS (sc_meeting_window_parent_class)->finalize (object);
}

static void
sc_meeting_window_class_init (ScMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_meeting_window_dispose;
  object_class->finalize = sc_meeting_window_finalize;

  /**
   * ScMeetingWindow::ended:
   * @meeting_id: the meeting just saved
   */
  signals[ENDED] = g_signal_new ("ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SC_TYPE_MEETING_KPIS);
  g_type_ensure (SC_TYPE_MEETING_ACTIONS);
  g_type_ensure (SC_TYPE_MEETING_TOPICS);
  g_type_ensure (SC_TYPE_MEETING_WRAP_UP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-meeting-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, run_button);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, run_icon);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, run_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, end_button);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, meeting_clock_box);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, meeting_clock_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, meeting_over_icon);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, meeting_state_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, present_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, attendance_list);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, segment_head);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, segment_number_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, segment_title_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, segment_progress);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, segment_clock_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, segment_state_icon);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, segment_state_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, segment_stack);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, ended_summary);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, minutes_view);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, toast_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWindow, toast_undo);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_close_request_cb",
                                                G_CALLBACK (_sc_meeting_window_close_request));
  gtk_widget_class_bind_template_callback (widget_class, on_agenda_row_activated_cb);

  _sc_meeting_window_class_actions_init (widget_class);
}

static void
sc_meeting_window_init (ScMeetingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->agenda_rows = g_array_new (FALSE, TRUE, sizeof (AgendaRow));
  _sc_meeting_window_init_keys (self);
}

ScMeetingWindow *
sc_meeting_window_new (GtkWindow          *parent,
                       ScStore            *store,
                       ScMeetingClockFunc  clock,
                       gpointer            clock_data)
{
  ScMeetingWindow *self;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_MEETING_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->session = sc_meeting_session_new (store, clock, clock_data);
  build (self);
  return self;
}

ScMeetingSession *
sc_meeting_window_get_session (ScMeetingWindow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WINDOW (self), NULL);
  return self->session;
}

const char *
sc_meeting_window_get_overrun_text (ScMeetingWindow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WINDOW (self), NULL);
  return self->overrun_text;
}

const char *
sc_meeting_window_get_segment_clock (ScMeetingWindow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WINDOW (self), NULL);
  return gtk_label_get_label (self->segment_clock_label);
}

const char *
sc_meeting_window_get_meeting_clock (ScMeetingWindow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WINDOW (self), NULL);
  return gtk_label_get_label (self->meeting_clock_label);
}

const char *
sc_meeting_window_get_minutes (ScMeetingWindow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WINDOW (self), NULL);
  return self->minutes_text;
}

GtkWidget *
sc_meeting_window_get_panel (ScMeetingWindow *self,
                             guint            index)
{
  g_autofree char *name = g_strdup_printf ("%u", index);

  g_return_val_if_fail (SC_IS_MEETING_WINDOW (self), NULL);
  return gtk_stack_get_child_by_name (self->segment_stack, name);
}
