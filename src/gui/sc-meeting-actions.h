/* sc-meeting-actions.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting's point "actions due and overdue": the open actions late or
 * due this week, as they stood when the meeting began, the late ones
 * first. Each row closes, moves or drops its action; closed ones stay in
 * the list for the rest of the meeting.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-meeting.h"

G_BEGIN_DECLS

#define SC_TYPE_MEETING_ACTIONS (sc_meeting_actions_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingActions, sc_meeting_actions, SC, MEETING_ACTIONS, GtkWidget)

ScMeetingActions *sc_meeting_actions_new      (ScMeetingSession *session);
/* The rows, in order (ScMeetingActionRow; tests). */
GPtrArray        *sc_meeting_actions_get_rows (ScMeetingActions *self);

G_END_DECLS
