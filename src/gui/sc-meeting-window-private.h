/* sc-meeting-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files of ScMeetingWindow: sc-meeting-window.c (the
 * clocks, the agenda, the panels) and sc-meeting-window-actions.c
 * (actions, ending, toasts).
 */

#pragma once

#include "sc-meeting-window.h"

G_BEGIN_DECLS

typedef struct
{
  GtkWidget *row;
  GtkLabel  *time_label;
  GtkImage  *icon;
} AgendaRow;

struct _ScMeetingWindow
{
  GtkWindow          parent_instance;

  ScMeetingSession  *session;
  ScStore           *store;
  GArray            *agenda_rows;     /* AgendaRow */
  guint              tick_id;
  guint              toast_id;
  gboolean           loading_notes;
  gboolean           may_close;
  char              *overrun_text;
  char              *minutes_text;

  /* Template children */
  GtkButton         *run_button;
  GtkImage          *run_icon;
  GtkLabel          *run_label;
  GtkLabel          *subtitle_label;
  GtkWidget         *end_button;
  GtkWidget         *copy_button;
  GtkStack          *main_stack;
  GtkWidget         *meeting_clock_box;
  GtkLabel          *meeting_clock_label;
  GtkWidget         *meeting_over_icon;
  GtkLabel          *meeting_state_label;
  GtkListBox        *agenda_list;
  GtkLabel          *present_label;
  GtkListBox        *attendance_list;
  GtkWidget         *segment_head;
  GtkLabel          *segment_number_label;
  GtkLabel          *segment_title_label;
  GtkProgressBar    *segment_progress;
  GtkLabel          *segment_clock_label;
  GtkImage          *segment_state_icon;
  GtkLabel          *segment_state_label;
  GtkStack          *segment_stack;
  GtkTextView       *notes_view;
  GtkLabel          *ended_summary;
  GtkTextView       *minutes_view;
  GtkRevealer       *toast_revealer;
  GtkLabel          *toast_label;
  GtkWidget         *toast_undo;
};

/* Shows the state of the session everywhere. */
void     _sc_meeting_window_update             (ScMeetingWindow *self);
/* The meeting was saved: show its minutes, tell the main window. */
void     _sc_meeting_window_ended              (ScMeetingWindow *self);
gboolean _sc_meeting_window_close_request      (ScMeetingWindow *self);
void     _sc_meeting_window_class_actions_init (GtkWidgetClass  *widget_class);
void     _sc_meeting_window_init_keys          (ScMeetingWindow *self);

G_END_DECLS
