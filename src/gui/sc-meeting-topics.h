/* sc-meeting-topics.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting's point "topics and decisions": the topics carried from
 * earlier meetings first, then those added now (typed, then Enter). Each
 * is decided, left for next week or closed; what is not reached is
 * carried to next week when the meeting ends.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-meeting.h"

G_BEGIN_DECLS

#define SC_TYPE_MEETING_TOPICS (sc_meeting_topics_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingTopics, sc_meeting_topics, SC, MEETING_TOPICS, GtkWidget)

ScMeetingTopics *sc_meeting_topics_new       (ScMeetingSession *session);
GtkEntry        *sc_meeting_topics_get_entry (ScMeetingTopics  *self);
/* The row of the topic at position (ScMeetingTopicRow), NULL past the end. */
GtkWidget       *sc_meeting_topics_get_row   (ScMeetingTopics  *self,
                                              guint             position);

G_END_DECLS
