/* sc-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one-page reports of PRODUCT.md C8, for the printer and for PDF: the
 * weekly meeting sheet (to post in the plant or hand out), the monthly
 * variance review and the quarterly review (to file, or to give to the
 * accountant or the banker). Each is written in the language asked for,
 * whatever the interface's, and fits one portrait page of any size
 * (Letter, A4, or what the print dialog chose): when there is too much,
 * the type shrinks down to a minimum, then tables end with a "… N more"
 * line; nothing ever spills onto a second page.
 *
 * A report is made in two steps: sc_report_new() reads what it says from
 * the company file (every figure from sc-metrics.h, the reviews' words
 * from their content modules), then sc_report_draw() lays it out and
 * paints it on any cairo_t: the PDF writer's and the print operation's
 * alike. Status is told by a word and a marker's shape (circle, triangle,
 * diamond), never by colour alone, so a black-and-white copy says it too.
 */

#pragma once

#include <cairo.h>

#include "sc-monthly-review.h"
#include "sc-quarterly-review.h"

G_BEGIN_DECLS

#define SC_REPORT_ERROR (sc_report_error_quark ())

typedef enum
{
  SC_REPORT_ERROR_NOT_OVER,    /* a review of a month or quarter not over yet */
  SC_REPORT_ERROR_SAME_FILE,   /* the target is the company file or another database */
  SC_REPORT_ERROR_IO,          /* the file could not be written */
} ScReportError;

typedef enum
{
  SC_REPORT_MEETING_SHEET,
  SC_REPORT_MONTHLY_REVIEW,
  SC_REPORT_QUARTERLY_REVIEW,
} ScReportKind;

typedef enum
{
  SC_PAPER_LETTER,   /* 8.5 × 11 in, Canada and the United States */
  SC_PAPER_A4,
} ScPaper;

/* What a report is about. */
typedef struct
{
  ScReportKind kind;
  ScDay        day;     /* meeting sheet: a day of the meeting's week */
  int          year;    /* monthly: calendar year; quarterly: fiscal year */
  int          index;   /* monthly: month 1 … 12; quarterly: quarter 1 … 4 */
} ScReportSubject;

typedef struct _ScReport ScReport;

GQuark      sc_report_error_quark        (void);

/* The paper of the locale (LC_PAPER): Letter in Canada and the United
 * States, A4 elsewhere. */
ScPaper     sc_paper_default             (void);
/* The portrait size of a paper, in points. */
void        sc_paper_get_size            (ScPaper               paper,
                                          double               *width,
                                          double               *height);

/* The first day of the week of the next meeting: this week's while its
 * meeting day has not passed and it was not held, else next week's. */
ScDay       sc_report_next_meeting_week  (ScStore              *store);
/* The latest month whose last week has ended (calendar year and month). */
void        sc_report_last_month         (ScStore              *store,
                                          int                  *year,
                                          int                  *month);
/* The month whose weeks hold day (by the Thursday rule). */
void        sc_report_month_at           (ScStore              *store,
                                          ScDay                 day,
                                          int                  *year,
                                          int                  *month);

/* A report of subject in lang. The monthly review is the saved review of
 * the month, or, when none was saved, the month's figures without causes
 * nor countermeasures, "not reviewed yet"; the quarterly review is the
 * quarter's finished review or its draft, or a blank one. Refused
 * (SC_REPORT_ERROR_NOT_OVER) for a month or quarter not over. */
ScReport   *sc_report_new                (ScStore               *store,
                                          const ScReportSubject *subject,
                                          ScLang                 lang,
                                          GError               **error);
/* The report of a review as it stands on screen, saved or not. */
ScReport   *sc_report_new_monthly        (ScMonthlyReviewSession   *session,
                                          ScLang                    lang);
ScReport   *sc_report_new_quarterly      (ScQuarterlyReviewSession *session,
                                          ScLang                    lang);
void        sc_report_free               (ScReport              *report);

ScReportKind sc_report_get_kind          (const ScReport        *report);
ScLang      sc_report_get_lang           (const ScReport        *report);
/* "Monthly Variance Review — August 2025": the print job's name. */
const char *sc_report_get_title          (const ScReport        *report);
/* A file name without folder: "Atelier Boréalis Métal inc. — Monthly
 * Variance Review — August 2025.pdf". */
char       *sc_report_suggest_name       (const ScReport        *report);

/* Lays the report out and paints it on the page of width × height user
 * units (points) whose top left corner is at (0, 0) of cr, margins
 * included. Returns the number of table rows left out for lack of room
 * (each table says how many with its "… N more" line). */
guint       sc_report_draw               (ScReport              *report,
                                          cairo_t               *cr,
                                          double                 width,
                                          double                 height);
/* The font scale of the last drawing: 1 when nothing had to shrink. */
double      sc_report_get_scale          (const ScReport        *report);

/* Writes the report as a one-page PDF of paper to path: written in full
 * under a temporary name in path's folder, then renamed into place.
 * Refuses (SC_REPORT_ERROR_SAME_FILE) the company file or any database. */
gboolean    sc_report_write_pdf          (ScReport              *report,
                                          ScPaper                paper,
                                          const char            *path,
                                          GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScReport, sc_report_free)

G_END_DECLS
