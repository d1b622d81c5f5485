/* sc-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reports' entry points: what a report is about, making it from the
 * company file or from a review on screen, drawing it, and writing it as
 * a PDF file.
 */

#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-cadence.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-report-private.h"

G_DEFINE_QUARK (sc-report-error-quark, sc_report_error)

ScPaper
sc_paper_default (void)
{
  const char *locale = setlocale (LC_PAPER, NULL);
  const char *territory = locale ? strchr (locale, '_') : NULL;

#ifdef __GLIBC__
  {
    /* glibc knows each locale's paper, in millimetres. */
    int width = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);
    int height = (int) (gintptr) nl_langinfo (_NL_PAPER_HEIGHT);

    if (width == 216 && height == 279)
      return SC_PAPER_LETTER;
    if (width == 210 && height == 297)
      return SC_PAPER_A4;
  }
#endif
  if (territory != NULL && (g_str_has_prefix (territory, "_CA") ||
                            g_str_has_prefix (territory, "_US")))
    return SC_PAPER_LETTER;
  return SC_PAPER_A4;
}

void
sc_paper_get_size (ScPaper  paper,
                   double  *width,
                   double  *height)
{
  /* ISO 216 in points (72 to the inch, 25.4 mm to the inch). */
  *width = paper == SC_PAPER_A4 ? 210 / 25.4 * 72 : 8.5 * 72;
  *height = paper == SC_PAPER_A4 ? 297 / 25.4 * 72 : 11 * 72;
}

/* Periods ---------------------------------------------------------------------- */

ScDay
sc_report_next_meeting_week (ScStore *store)
{
  ScCalendar cal;
  ScDay today, week;

  g_return_val_if_fail (SC_IS_STORE (store), SC_DAY_NONE);

  sc_store_get_calendar (store, &cal);
  today = sc_store_get_today (store);
  week = sc_calendar_week_start (&cal, today);
  if (sc_cadence_meeting_day (store, week) < today || sc_cadence_meeting_held (store, today))
    week += 7;
  return week;
}

void
sc_report_month_at (ScStore *store,
                    ScDay    day,
                    int     *year,
                    int     *month)
{
  ScCalendar cal;
  ScPeriod period;

  g_return_if_fail (SC_IS_STORE (store));

  sc_store_get_calendar (store, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_MONTH, day, &period);
  *year = period.year;
  *month = period.index;
}

void
sc_report_last_month (ScStore *store,
                      int     *year,
                      int     *month)
{
  ScCalendar cal;
  ScPeriod period;
  ScDay today;

  g_return_if_fail (SC_IS_STORE (store));

  sc_store_get_calendar (store, &cal);
  today = sc_store_get_today (store);
  sc_calendar_period_at (&cal, SC_PERIOD_MONTH, today, &period);
  /* Over once its last week has ended, as the monthly review says. */
  if (period.last_week + 7 > today)
    sc_calendar_period_shift (&cal, &period, -1, &period);
  *year = period.year;
  *month = period.index;
}

/* Making a report ------------------------------------------------------------------ */

/* A review of a period not over yet, said with the period's name. */
static void
not_over (GError     **error,
          const char  *period)
{
  /* Translators: %s is a month ("September 2025") or a quarter ("Q2
   * FY2025"). */
  g_set_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_NOT_OVER,
               _("%s is not over yet: its review report can be made once its last week has "
                 "ended."), period);
}

static ScReport *
new_monthly (ScStore  *store,
             int       year,
             int       month,
             ScLang    lang,
             GError  **error)
{
  ScMonthlyReview *saved = sc_monthly_review_find (store, year, month);
  g_autoptr(ScMonthlyReviewSession) session = NULL;
  g_autoptr(GError) local = NULL;
  ScReport *report;

  if (saved != NULL)
    session = sc_monthly_review_session_open (store, sc_record_get_id (SC_RECORD (saved)), error);
  else
    session = sc_monthly_review_session_new (store, year, month, &local);
  if (g_error_matches (local, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NOT_OVER))
    {
      g_autofree char *name = sc_format_month_year (sc_l10n_ui_lang (), year, month);

      not_over (error, name);
      return NULL;
    }
  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  if (session == NULL)
    return NULL;

  report = _sc_report_monthly (session, lang);
  if (saved == NULL)
    {
      g_free (report->tag);
      report->tag = g_strdup (L_(lang, "Not reviewed yet"));
    }
  return report;
}

static ScReport *
new_quarterly (ScStore  *store,
               int       fiscal_year,
               int       quarter,
               ScLang    lang,
               GError  **error)
{
  g_autoptr(ScQuarterlyReviewSession) session = NULL;
  g_autoptr(GError) local = NULL;

  session = sc_quarterly_review_session_new (store, fiscal_year, quarter, &local);
  if (g_error_matches (local, SC_QUARTERLY_REVIEW_ERROR, SC_QUARTERLY_REVIEW_ERROR_NOT_OVER))
    {
      ScCalendar cal;
      g_autofree char *name = NULL;

      sc_store_get_calendar (store, &cal);
      name = sc_format_quarter (sc_l10n_ui_lang (), &cal, fiscal_year, quarter);
      not_over (error, name);
      return NULL;
    }
  if (session == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return _sc_report_quarterly (session, lang);
}

ScReport *
sc_report_new (ScStore               *store,
               const ScReportSubject *subject,
               ScLang                 lang,
               GError               **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (subject != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (subject->kind)
    {
    case SC_REPORT_MONTHLY_REVIEW:
      g_return_val_if_fail (subject->index >= 1 && subject->index <= 12, NULL);
      return new_monthly (store, subject->year, subject->index, lang, error);
    case SC_REPORT_QUARTERLY_REVIEW:
      g_return_val_if_fail (subject->index >= 1 && subject->index <= 4, NULL);
      return new_quarterly (store, subject->year, subject->index, lang, error);
    case SC_REPORT_MEETING_SHEET:
    default:
      return _sc_report_meeting_sheet (store, sc_day_valid (subject->day)
                                              ? subject->day
                                              : sc_report_next_meeting_week (store), lang);
    }
}

ScReport *
sc_report_new_monthly (ScMonthlyReviewSession *session,
                       ScLang                  lang)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (session), NULL);
  return _sc_report_monthly (session, lang);
}

ScReport *
sc_report_new_quarterly (ScQuarterlyReviewSession *session,
                         ScLang                    lang)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (session), NULL);
  return _sc_report_quarterly (session, lang);
}

/* What a report is ------------------------------------------------------------------ */

ScReportKind
sc_report_get_kind (const ScReport *report)
{
  g_return_val_if_fail (report != NULL, SC_REPORT_MEETING_SHEET);
  return report->kind;
}

ScLang
sc_report_get_lang (const ScReport *report)
{
  g_return_val_if_fail (report != NULL, SC_LANG_EN);
  return report->lang;
}

const char *
sc_report_get_title (const ScReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->title;
}

char *
sc_report_suggest_name (const ScReport *report)
{
  char *name;

  g_return_val_if_fail (report != NULL, NULL);

  name = g_strdup_printf ("%s — %s.pdf", report->company, report->title);
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return name;
}

double
sc_report_get_scale (const ScReport *report)
{
  g_return_val_if_fail (report != NULL, 1);
  return report->scale;
}

guint
sc_report_draw (ScReport *report,
                cairo_t  *cr,
                double    width,
                double    height)
{
  g_return_val_if_fail (report != NULL && cr != NULL, 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  return _sc_report_layout_paint (report, cr, &(ScChartRect) { 0, 0, width, height });
}
