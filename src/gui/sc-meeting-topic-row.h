/* sc-meeting-topic-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A topic of the meeting: its title, how many times it was already
 * carried ("Carried 2 times"), and what the meeting does with it: decide
 * (with the decision in words), leave it for next week, or close it
 * without a decision. The topic is a draft of the session: nothing is
 * written before the meeting ends.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-meeting.h"

G_BEGIN_DECLS

#define SC_TYPE_MEETING_TOPIC_ROW (sc_meeting_topic_row_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingTopicRow, sc_meeting_topic_row, SC, MEETING_TOPIC_ROW, GtkListBoxRow)

ScMeetingTopicRow *sc_meeting_topic_row_new         (ScMeetingSession  *session,
                                                     ScTopic           *topic);
ScTopic           *sc_meeting_topic_row_get_topic   (ScMeetingTopicRow *self);
/* Decides as the popover does (tests); FALSE with the message shown. */
gboolean           sc_meeting_topic_row_decide      (ScMeetingTopicRow *self,
                                                     const char        *decision);
/* "Carried 2 times", NULL for a topic never carried (tests). */
const char        *sc_meeting_topic_row_get_carried (ScMeetingTopicRow *self);

G_END_DECLS
