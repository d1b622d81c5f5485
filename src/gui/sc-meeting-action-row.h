/* sc-meeting-action-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An action due or late, as the meeting goes through it: its state in
 * words and icon, owner, due date and slips, and the three things a
 * meeting does with it: Done, New Date (a slip, with its reason), Drop
 * (with its reason). Each is one change of the plan (sc-plan.h), with an
 * Undo toast in the meeting window. A closed action stays in the list,
 * saying so.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_MEETING_ACTION_ROW (sc_meeting_action_row_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingActionRow, sc_meeting_action_row, SC, MEETING_ACTION_ROW, GtkListBoxRow)

ScMeetingActionRow *sc_meeting_action_row_new        (ScStore            *store,
                                                      ScAction           *action);
ScAction           *sc_meeting_action_row_get_action (ScMeetingActionRow *self);
/* Moves the due date as the popover does (tests); FALSE with the message
 * shown when refused. */
gboolean            sc_meeting_action_row_move       (ScMeetingActionRow *self,
                                                      const char         *date_text,
                                                      const char         *reason);
gboolean            sc_meeting_action_row_drop       (ScMeetingActionRow *self,
                                                      const char         *reason);
const char         *sc_meeting_action_row_get_state_text (ScMeetingActionRow *self);

G_END_DECLS
