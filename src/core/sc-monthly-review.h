/* sc-monthly-review.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The monthly variance review (PRODUCT.md §3.4, C6): for a fiscal month (a
 * calendar month by the Thursday rule: the weeks whose Thursday falls in
 * it), one line per active KPI with the month's target, actual and
 * variance, the fiscal year to date (up to and including the month), and
 * the pace needed on the rest of the quarter. Every figure comes from
 * sc-metrics.h.
 *
 * The pace is the level each remaining entry period of the quarter (weeks
 * for a weekly KPI, months for a monthly one) must reach for the quarter
 * to meet its target, T being the quarter's target and "to date" the
 * quarter up to and including the reviewed month:
 *  - sum:     (T − actual to date) ÷ remaining periods;
 *  - average: (T × (n + m) − Σ values to date) ÷ m, for n values to date
 *             and m remaining periods (one value each);
 *  - ratio:   (T × (D + d) − N) ÷ d, with N and D the numerator and
 *             denominator to date and d the denominator expected on the
 *             remaining periods (D ÷ periods to date × m): the share the
 *             rest of the quarter must reach;
 *  - last:    the quarter's figure is its last value: that value must
 *             reach T.
 * When nothing is left to gain the target is reached; when no level can
 * reach it any more (over a limit already, a share above 100 %) it is out
 * of reach.
 *
 * A session holds a review in progress: lines computed from the file,
 * causes and countermeasures typed, and countermeasures made into actions
 * (owner and due date required, by the plan's rules). An off-target KPI
 * needs a cause and a countermeasure. Saving writes the review, its lines
 * (a snapshot of each target, actual and status) and the new actions in
 * one transaction (one Undo entry); nothing is written before. A saved
 * review opens read-only and shows its snapshot, even when figures
 * change afterwards; the year to date and the pace, which the file does
 * not keep, are computed again.
 */

#pragma once

#include "sc-metrics.h"

G_BEGIN_DECLS

#define SC_MONTHLY_REVIEW_ERROR (sc_monthly_review_error_quark ())

typedef enum
{
  SC_MONTHLY_REVIEW_ERROR_EXISTS,          /* the month has its review already */
  SC_MONTHLY_REVIEW_ERROR_NOT_OVER,        /* the month's last week has not ended */
  SC_MONTHLY_REVIEW_ERROR_NO_CAUSE,        /* an off-target KPI without a cause */
  SC_MONTHLY_REVIEW_ERROR_NO_COUNTERMEASURE,
  SC_MONTHLY_REVIEW_ERROR_READ_ONLY,       /* a saved review */
  SC_MONTHLY_REVIEW_ERROR_NOT_FOUND,
} ScMonthlyReviewError;

typedef enum
{
  SC_PACE_NONE,          /* no target, or no period left in the quarter */
  SC_PACE_NEEDED,        /* value: the level each remaining period needs */
  SC_PACE_REACHED,       /* the quarter's target is already secured */
  SC_PACE_OUT_OF_REACH,  /* no level can reach the target any more */
} ScPaceState;

typedef struct
{
  ScPaceState state;
  double      value;           /* per remaining period, natural units */
  double      planned;         /* what the targets ask of those periods: their
                                * mean for a sum, else the quarter's level */
  guint       n_remaining;     /* weeks, or months for a monthly KPI */
  ScFrequency per;
  ScFigure    quarter;         /* the whole quarter (its target) */
  ScFigure    to_date;         /* the quarter up to and including the month */
} ScPace;

typedef struct
{
  ScKpi      *kpi;             /* a reference */
  ScFigure    month;           /* a saved review: target, actual and status
                                * are its snapshot */
  ScFigure    year_to_date;
  ScPace      pace;
  char       *cause;
  char       *countermeasure;
  ScAction   *action;          /* the countermeasure made an action: a draft
                                * (id 0) until saved; NULL when none */
  gboolean    changed;         /* saved review: the figure is now different */
  ScFigure    month_now;       /* saved review: the month as the file says now */
} ScVarianceLine;

#define SC_TYPE_MONTHLY_REVIEW_SESSION (sc_monthly_review_session_get_type ())

G_DECLARE_FINAL_TYPE (ScMonthlyReviewSession, sc_monthly_review_session, SC,
                      MONTHLY_REVIEW_SESSION, GObject)

GQuark       sc_monthly_review_error_quark   (void);

/* The month to review now: the latest month whose last week has ended,
 * unless it has its review already (or the company did not exist yet):
 * then FALSE. month is the calendar month 1 … 12. */
gboolean     sc_monthly_review_due_month     (ScStore          *store,
                                              int              *year,
                                              int              *month);
/* The saved review of a month, NULL when none (borrowed). */
ScMonthlyReview *sc_monthly_review_find      (ScStore          *store,
                                              int               year,
                                              int               month);
/* The pace needed on the rest of the month's quarter (see above). */
void         sc_monthly_review_pace          (ScMetrics        *metrics,
                                              ScKpi            *kpi,
                                              const ScPeriod   *month,
                                              ScPace           *pace);
/* Whether a figure is favourable: at or better than its target in the
 * KPI's direction. */
gboolean     sc_monthly_review_favourable    (ScKpi            *kpi,
                                              const ScFigure   *figure);

/* A new review of a month that is over and not reviewed yet. */
ScMonthlyReviewSession *sc_monthly_review_session_new  (ScStore   *store,
                                                        int        year,
                                                        int        month,
                                                        GError   **error);
/* A saved review, read-only. */
ScMonthlyReviewSession *sc_monthly_review_session_open (ScStore   *store,
                                                        gint64     review_id,
                                                        GError   **error);

ScStore     *sc_monthly_review_session_get_store     (ScMonthlyReviewSession *self);
const ScPeriod *sc_monthly_review_session_get_month  (ScMonthlyReviewSession *self);
gboolean     sc_monthly_review_session_get_read_only (ScMonthlyReviewSession *self);
/* 0 until saved. */
gint64       sc_monthly_review_session_get_review_id (ScMonthlyReviewSession *self);
ScDay        sc_monthly_review_session_get_done_on   (ScMonthlyReviewSession *self);

guint        sc_monthly_review_session_get_n_lines   (ScMonthlyReviewSession *self);
const ScVarianceLine *sc_monthly_review_session_get_line (ScMonthlyReviewSession *self,
                                                          guint                   index);
/* The index of the KPI's line, or -1. */
int          sc_monthly_review_session_find_line     (ScMonthlyReviewSession *self,
                                                      gint64                  kpi_id);
/* Lines whose KPI is off target and still lacks a cause or a
 * countermeasure. */
guint        sc_monthly_review_session_count_missing (ScMonthlyReviewSession *self);

/* Editing (refused quietly on a read-only review). Text is trimmed. */
void         sc_monthly_review_session_set_cause     (ScMonthlyReviewSession *self,
                                                      guint                   index,
                                                      const char             *cause);
void         sc_monthly_review_session_set_countermeasure (ScMonthlyReviewSession *self,
                                                           guint                   index,
                                                           const char             *text);
const char  *sc_monthly_review_session_get_notes     (ScMonthlyReviewSession *self);
void         sc_monthly_review_session_set_notes     (ScMonthlyReviewSession *self,
                                                      const char             *notes);

/* Makes the line's countermeasure an action of the current quarter for
 * owner_id, due on due, linked to the line's KPI; saving writes it with
 * the review. Refused without a countermeasure, or (SC_PLAN_ERROR) by the
 * plan's rules: no owner, an inactive one, no due date. Returns the draft
 * (borrowed), which replaces an earlier one. */
ScAction    *sc_monthly_review_session_make_action   (ScMonthlyReviewSession *self,
                                                      guint                   index,
                                                      gint64                  owner_id,
                                                      ScDay                   due,
                                                      GError                **error);
void         sc_monthly_review_session_remove_action (ScMonthlyReviewSession *self,
                                                      guint                   index);

/* Writes the review, its lines and its new actions in one transaction.
 * Refused (nothing written) while an off-target KPI lacks its cause or
 * countermeasure. Then the session is read-only. */
gboolean     sc_monthly_review_session_save          (ScMonthlyReviewSession *self,
                                                      GError                **error);

/* For the printer and the screen ------------------------------------------ */

typedef struct
{
  gint64      kpi_id;
  char       *name;
  char       *owner;
  ScStatus    status;
  char       *status_label;     /* "Off target" */
  gboolean    provisional;      /* the month holds estimates */
  gboolean    has_variance;
  gboolean    favourable;
  char       *target;           /* "600 k$", "27,0 %" */
  char       *actual;
  char       *variance;         /* "+30 k$", "−2,2 pts" */
  char       *variance_percent; /* "+5,0 %" */
  char       *variance_word;    /* "favourable", "unfavourable"; "" without variance */
  char       *ytd_actual;
  char       *ytd_target;
  char       *ytd_variance;     /* "+9,0 %" of the target to date */
  gboolean    ytd_favourable;
  char       *pace;             /* "119 k$ a week", "34,0 % a month", "Target reached" */
  char       *pace_detail;      /* "4 weeks left · plan 143 k$" */
  char       *cause;
  char       *countermeasure;
  char       *action;           /* "A11 · Nathalie Bergeron · due October 10, 2025"; "" */
  char       *changed;          /* "Now 25,1 %: changed after the review"; NULL */
} ScMonthlyReviewContentLine;

typedef struct
{
  ScLang      lang;
  char       *company;
  char       *title;            /* "Monthly Variance Review — August 2025" */
  char       *period;           /* "4 weeks, August 4 to August 31, 2025 · Q2 FY2025" */
  char       *held;             /* "Held on September 26, 2025"; "Not saved yet" */
  char       *summary;          /* "7 indicators: 4 on target, 1 to watch, 2 off target" */
  char       *notes;
  char       *footnote;         /* provisional figures, snapshot; "" */
  GPtrArray  *lines;            /* ScMonthlyReviewContentLine */
} ScMonthlyReviewContent;

/* "A11 · Nathalie Bergeron · due October 10, 2025" for an action written,
 * "New action for Nathalie Bergeron, due October 10, 2025" for a draft;
 * "" for NULL. */
char        *sc_monthly_review_describe_action (ScStore          *store,
                                                ScAction         *action,
                                                ScLang            lang);

/* What a review says, formatted in lang: what the screen shows and the
 * one-page report prints. */
ScMonthlyReviewContent *sc_monthly_review_session_dup_content (ScMonthlyReviewSession *self,
                                                               ScLang                  lang);
/* The same for a saved review (the printer's entry point). */
ScMonthlyReviewContent *sc_monthly_review_get_content         (ScStore                *store,
                                                               gint64                  review_id,
                                                               ScLang                  lang,
                                                               GError                **error);
void         sc_monthly_review_content_free  (ScMonthlyReviewContent *content);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScMonthlyReviewContent, sc_monthly_review_content_free)

G_END_DECLS
