/* sc-cadence.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cadence health (PRODUCT.md §3.4): how well the company keeps its own
 * rhythm, measured from the file.
 *
 *  - Meetings: the last 13 weeks, the current one included once its
 *    meeting day has come. A declared shutdown week without a meeting is
 *    not expected to have one (the plant is closed), so "9 of 11" can be
 *    a perfect record when two of the 13 weeks are the construction
 *    holiday. The average length of the meetings held is compared with
 *    the company's meeting length.
 *  - Actions done on time: among the actions due in those 13 weeks (up to
 *    today), the share done on or before their due day. An action still
 *    open after its due day counts as late; dropped actions and actions
 *    due today and still open are not counted.
 *  - Figures missing for the 13 finished weeks before this one (the
 *    dashboard's count, sc_metrics_missing()).
 *  - Reviews: the latest month and the latest fiscal quarter that have
 *    ended (periods of whole weeks, by the Thursday rule). A review is due
 *    from the first meeting day after its period and late 14 days later;
 *    none is asked for a period that ended before the file was created.
 */

#pragma once

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_CADENCE_WEEKS      13
#define SC_CADENCE_GRACE_DAYS 14

typedef enum
{
  SC_REVIEW_NONE,        /* the period ended before the company file began */
  SC_REVIEW_NOT_DUE,     /* its first meeting day has not come */
  SC_REVIEW_DUE,
  SC_REVIEW_LATE,
  SC_REVIEW_DONE,        /* done before it was late */
  SC_REVIEW_DONE_LATE,
} ScReviewState;

typedef struct
{
  ScReviewState state;
  int           year;      /* calendar year of a month; fiscal year of a quarter */
  int           index;     /* month 1 … 12 or quarter 1 … 4 */
  ScDay         due;       /* the first meeting day after the period */
  ScDay         late;      /* from this day on it is late */
  ScDay         done_on;   /* SC_DAY_NONE while not done */
} ScReviewDue;

typedef struct
{
  ScDay       first_week;        /* the 13 weeks of meetings */
  ScDay       last_week;
  guint       n_weeks;           /* 13 */
  guint       n_shutdown;        /* shutdown weeks without a meeting */
  guint       n_expected;        /* n_weeks − n_shutdown */
  guint       n_held;            /* weeks with a meeting */
  guint       n_meetings;        /* meetings in those weeks */
  gint64      average_duration;  /* seconds; 0 without meetings */
  int         planned_minutes;   /* the company's meeting length */
  guint       actions_due;       /* actions counted for the on-time share */
  guint       actions_on_time;
  guint       missing_figures;
  ScReviewDue monthly;
  ScReviewDue quarterly;
} ScCadenceHealth;

/* The meeting day of the week that starts on week_start. */
ScDay     sc_cadence_meeting_day       (ScStore         *store,
                                        ScDay            week_start);
/* Whether a meeting was held in the company week that contains day. */
gboolean  sc_cadence_meeting_held      (ScStore         *store,
                                        ScDay            day);
/* Actions due from … to (days, inclusive), seen on today: how many count
 * and how many were done on time (rules above). */
void      sc_cadence_on_time           (ScStore         *store,
                                        ScDay            from,
                                        ScDay            to,
                                        ScDay            today,
                                        guint           *n_due,
                                        guint           *n_on_time);
void      sc_cadence_monthly_review    (ScStore         *store,
                                        ScDay            today,
                                        ScReviewDue     *review);
void      sc_cadence_quarterly_review  (ScStore         *store,
                                        ScDay            today,
                                        ScReviewDue     *review);
void      sc_cadence_health            (ScStore         *store,
                                        ScDay            today,
                                        ScCadenceHealth *health);
/* Percent of actions done on time, or -1 when none counted. */
int       sc_cadence_on_time_percent   (const ScCadenceHealth *health);

/* Reminders ------------------------------------------------------------- */

typedef enum
{
  SC_REMINDER_MEETING = 1 << 0,   /* meeting day, this week's meeting not held */
  SC_REMINDER_FIGURES = 1 << 1,   /* figures missing for past weeks */
  SC_REMINDER_REVIEW  = 1 << 2,   /* a monthly or quarterly review due or late */
} ScReminders;

/* The reminders that apply today, from health (computed for today). */
ScReminders sc_cadence_reminders       (ScStore               *store,
                                        ScDay                  today,
                                        const ScCadenceHealth *health);

G_END_DECLS
