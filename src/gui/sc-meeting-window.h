/* sc-meeting-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The weekly meeting mode (PRODUCT.md §3.4, C5): a window that runs one
 * ScMeetingSession. Big countdowns for the current point and the whole
 * meeting, a clear over-time signal (colour, icon and words), the agenda
 * with each point's time, attendance, and for each point what it covers:
 * the week's figures (missing ones typed in place), the actions due or
 * late (done, new date, drop), the topics and decisions, the new actions.
 * Ending saves the meeting and shows its minutes, ready to copy.
 *
 * Keys: Space starts and pauses the timer, Ctrl+Right / Page Down and
 * Ctrl+Left / Page Up move between points.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-meeting.h"

G_BEGIN_DECLS

#define SC_TYPE_MEETING_WINDOW (sc_meeting_window_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingWindow, sc_meeting_window, SC, MEETING_WINDOW, GtkWindow)

/* clock NULL: the real clock (tests inject theirs). */
ScMeetingWindow  *sc_meeting_window_new          (GtkWindow          *parent,
                                                  ScStore            *store,
                                                  ScMeetingClockFunc  clock,
                                                  gpointer            clock_data);
ScMeetingSession *sc_meeting_window_get_session  (ScMeetingWindow    *self);
/* A short message at the bottom; with undo, an Undo button. */
void              sc_meeting_window_show_toast   (ScMeetingWindow    *self,
                                                  const char         *message,
                                                  gboolean            undo);
/* The same from a widget inside the window (a panel, a row); nothing
 * when the widget is not in a meeting window. */
void              sc_meeting_window_toast_from   (GtkWidget          *widget,
                                                  const char         *message,
                                                  gboolean            undo);
/* What the window says (tests): the over-time text of the current point
 * ("02:15 over", NULL when on time), the big clocks, the toast, the
 * minutes shown after the end. */
const char       *sc_meeting_window_get_overrun_text (ScMeetingWindow *self);
const char       *sc_meeting_window_get_segment_clock (ScMeetingWindow *self);
const char       *sc_meeting_window_get_meeting_clock (ScMeetingWindow *self);
const char       *sc_meeting_window_get_toast     (ScMeetingWindow    *self);
const char       *sc_meeting_window_get_minutes   (ScMeetingWindow    *self);
/* The panel shown for a point (ScMeetingKpis, ScMeetingActions…). */
GtkWidget        *sc_meeting_window_get_panel     (ScMeetingWindow    *self,
                                                   guint               index);

G_END_DECLS
