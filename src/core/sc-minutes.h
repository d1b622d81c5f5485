/* sc-minutes.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meetings held and their minutes (« compte rendu »): who was there,
 * how long each segment took against its plan, the notes, the decisions,
 * the topics carried to the next meeting and the actions created. As
 * structured data for the screens and the printed page, and as plain text
 * to paste into an email, in the language asked for.
 */

#pragma once

#include "sc-store.h"

G_BEGIN_DECLS

/* The meetings held, newest first (new references to ScMeeting). */
GPtrArray  *sc_minutes_list_meetings (ScStore   *store);

typedef struct
{
  ScSegmentKind kind;
  char         *title;      /* already in the language of the minutes */
  gint64        planned;    /* seconds */
  gint64        used;
  char         *notes;
} ScMinutesSegment;

typedef struct
{
  gint64    person_id;
  char     *name;
  gboolean  present;
} ScMinutesAttendee;

typedef struct
{
  gint64         topic_id;
  char          *title;
  char          *decision;   /* "" unless decided at this meeting */
  ScTopicStatus  status;     /* as it left this meeting */
  guint          carried;    /* times carried so far (the file's count) */
} ScMinutesTopic;

typedef struct
{
  gint64     action_id;
  char      *ref;
  char      *title;
  char      *owner;
  ScDay      due;
} ScMinutesAction;

typedef struct
{
  ScLang      lang;
  gint64      meeting_id;
  ScDay       day;
  int         start_minute;      /* minutes after midnight */
  gint64      duration;          /* seconds */
  int         planned_minutes;
  char       *notes;
  GPtrArray  *segments;          /* ScMinutesSegment */
  GPtrArray  *attendees;         /* ScMinutesAttendee, present first */
  GPtrArray  *decided;           /* ScMinutesTopic decided at this meeting */
  GPtrArray  *dropped;           /* ScMinutesTopic closed without a decision */
  GPtrArray  *carried;           /* ScMinutesTopic carried to the next meeting */
  GPtrArray  *actions;           /* ScMinutesAction created at this meeting */
} ScMinutes;

/* The minutes of a meeting; NULL with an SC_STORE_ERROR when it cannot be
 * read. */
ScMinutes  *sc_minutes_new           (ScStore         *store,
                                      gint64           meeting_id,
                                      ScLang           lang,
                                      GError         **error);
void        sc_minutes_free          (ScMinutes       *minutes);

/* Reads the minutes of many meetings (a list of them, a workbook): the
 * file's topics and actions are gone through once, not once a meeting.
 * Valid until the store changes. */
typedef struct _ScMinutesReader ScMinutesReader;

ScMinutesReader *sc_minutes_reader_new  (ScStore          *store);
ScMinutes       *sc_minutes_reader_read (ScMinutesReader  *reader,
                                         gint64            meeting_id,
                                         ScLang            lang,
                                         GError          **error);
void             sc_minutes_reader_free (ScMinutesReader  *reader);

guint       sc_minutes_count_present (const ScMinutes *minutes);
/* "31 min of 30" / "31 min sur 30". */
char       *sc_minutes_dup_length    (ScLang           lang,
                                      gint64           duration,
                                      int              planned_minutes);
/* The minutes as plain text, for the clipboard. */
char       *sc_minutes_to_text       (const ScMinutes *minutes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScMinutes, sc_minutes_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScMinutesReader, sc_minutes_reader_free)

G_END_DECLS
