/* sc-meeting-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between sc-meeting.c (the running meeting) and sc-meeting-save.c
 * (writing its record).
 */

#pragma once

#include "sc-meeting.h"

G_BEGIN_DECLS

typedef struct
{
  ScSegmentKind  kind;
  char          *title;      /* its own title; "" for the kind's */
  gint64         planned;    /* seconds */
  gint64         used_us;
  char          *notes;
} ScSessionSegment;

typedef struct
{
  gint64   person_id;
  gboolean present;
} ScSessionAttendee;

struct _ScMeetingSession
{
  GObject             parent_instance;

  ScStore            *store;
  ScMeetingClockFunc  clock;
  gpointer            clock_data;

  ScMeetingState      state;
  ScDay               day;
  ScDay               review_week;
  GArray             *segments;       /* ScSessionSegment */
  guint               current;
  gint64              planned;        /* the meeting's length, seconds */
  gint64              start_us;       /* clock at the start */
  gint64              last_us;        /* clock when time was last counted */
  GDateTime          *started;        /* wall clock, on the company's day */

  /* What the properties last notified. */
  gint64              shown_segment_remaining;
  gint64              shown_meeting_remaining;
  gboolean            shown_segment_overrun;
  gboolean            shown_meeting_overrun;

  GArray             *attendance;     /* ScSessionAttendee */
  GListStore         *topics;         /* ScTopic drafts */
  GHashTable         *left;           /* ScTopic* left for next week */
  GListStore         *new_actions;    /* ScAction drafts */
  GHashTable         *figures;        /* KPI ids typed in the meeting */
  char               *notes;
  gint64              meeting_id;
};

/* Reads the clock, in microseconds. */
gint64   _sc_meeting_session_now   (ScMeetingSession  *self);
/* Counts the time since the last call for the current segment. */
void     _sc_meeting_session_count (ScMeetingSession  *self);
/* The segments' used time in microseconds, summed. */
gint64   _sc_meeting_session_total_us (ScMeetingSession *self);
/* After a successful save: the session is over. */
void     _sc_meeting_session_ended (ScMeetingSession  *self,
                                    gint64             meeting_id);

G_END_DECLS
