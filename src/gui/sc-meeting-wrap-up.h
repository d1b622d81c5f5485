/* sc-meeting-wrap-up.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting's point "new actions and wrap-up": actions created on the
 * spot (what, who, when: all three required, refused at the field
 * otherwise), the decisions taken and what goes to next week. The new
 * actions are written with the meeting when it ends.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-date-entry.h"
#include "sc-meeting.h"
#include "sc-record-chooser.h"

G_BEGIN_DECLS

#define SC_TYPE_MEETING_WRAP_UP (sc_meeting_wrap_up_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingWrapUp, sc_meeting_wrap_up, SC, MEETING_WRAP_UP, GtkWidget)

ScMeetingWrapUp *sc_meeting_wrap_up_new          (ScMeetingSession *session);
/* Adds what the form holds, as Enter does; FALSE with the message at the
 * field that refused it. */
gboolean         sc_meeting_wrap_up_add          (ScMeetingWrapUp  *self);
GtkEntry        *sc_meeting_wrap_up_get_title    (ScMeetingWrapUp  *self);
ScRecordChooser *sc_meeting_wrap_up_get_owner    (ScMeetingWrapUp  *self);
ScDateEntry     *sc_meeting_wrap_up_get_date     (ScMeetingWrapUp  *self);
/* The message shown under the form, NULL when none (tests). */
const char      *sc_meeting_wrap_up_get_message  (ScMeetingWrapUp  *self);

G_END_DECLS
