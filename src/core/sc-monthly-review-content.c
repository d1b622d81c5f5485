/* sc-monthly-review-content.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a monthly variance review says, in words and formatted numbers, in
 * the language asked for: the screen and the one-page report show the
 * same text.
 */

#define G_LOG_DOMAIN "sc-monthly-review"

#include "config.h"

#include <math.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-monthly-review.h"

/* The formats come from the catalogue of the document's language (L_ ()
 * is not gettext, so the compiler cannot see the literal); msgfmt
 * --check-format keeps the translations' conversions identical. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

typedef struct
{
  ScLang      lang;
  const char *currency;
  ScStore    *store;
} Writer;

static void
content_line_free (gpointer data)
{
  ScMonthlyReviewContentLine *line = data;

  g_free (line->name);
  g_free (line->owner);
  g_free (line->status_label);
  g_free (line->target);
  g_free (line->actual);
  g_free (line->variance);
  g_free (line->variance_percent);
  g_free (line->variance_word);
  g_free (line->ytd_actual);
  g_free (line->ytd_target);
  g_free (line->ytd_variance);
  g_free (line->pace);
  g_free (line->pace_detail);
  g_free (line->cause);
  g_free (line->countermeasure);
  g_free (line->action);
  g_free (line->changed);
  g_free (line);
}

void
sc_monthly_review_content_free (ScMonthlyReviewContent *content)
{
  if (content == NULL)
    return;
  g_free (content->company);
  g_free (content->title);
  g_free (content->period);
  g_free (content->held);
  g_free (content->summary);
  g_free (content->notes);
  g_free (content->footnote);
  g_clear_pointer (&content->lines, g_ptr_array_unref);
  g_free (content);
}

/* Figures ------------------------------------------------------------------ */

static char *
value_text (Writer *w,
            ScKpi  *kpi,
            double  value)
{
  return sc_kpi_format_value (kpi, w->lang, w->currency, value, TRUE);
}

/* A variance in the KPI's unit: points for a percentage. */
static char *
variance_text (Writer *w,
               ScKpi  *kpi,
               double  variance)
{
  if (sc_kpi_get_unit (kpi) == SC_UNIT_PERCENT)
    return sc_format_points (w->lang, variance, 1);
  return sc_format_value (w->lang, sc_kpi_get_unit (kpi), w->currency, variance, TRUE, TRUE);
}

static char *
percent_text (Writer *w,
              double  percent)
{
  return sc_format_value (w->lang, SC_UNIT_PERCENT, NULL, percent, FALSE, TRUE);
}

static void
write_variance (Writer                     *w,
                const ScVarianceLine       *line,
                ScMonthlyReviewContentLine *out)
{
  const ScFigure *month = &line->month;

  out->target = value_text (w, line->kpi, month->target);
  out->actual = value_text (w, line->kpi, month->actual);
  out->has_variance = sc_figure_has_actual (month) && sc_figure_has_target (month);
  out->favourable = sc_monthly_review_favourable (line->kpi, month);
  out->variance = variance_text (w, line->kpi, sc_figure_variance (month));
  out->variance_percent = percent_text (w, sc_figure_variance_percent (month));
  if (!out->has_variance)
    out->variance_word = g_strdup ("");
  else
    out->variance_word = g_strdup (out->favourable ? LC_(w->lang, "variance", "favourable")
                                                   : LC_(w->lang, "variance", "unfavourable"));

  out->ytd_actual = value_text (w, line->kpi, line->year_to_date.actual);
  out->ytd_target = value_text (w, line->kpi, line->year_to_date.target);
  out->ytd_variance = percent_text (w, sc_figure_variance_percent (&line->year_to_date));
  out->ytd_favourable = sc_monthly_review_favourable (line->kpi, &line->year_to_date);
}

static char *
periods_left (Writer      *w,
              const ScPace *pace)
{
  if (pace->per == SC_FREQUENCY_MONTHLY)
    return g_strdup_printf (LN_(w->lang, "%u month left", "%u months left", pace->n_remaining),
                            pace->n_remaining);
  return g_strdup_printf (LN_(w->lang, "%u week left", "%u weeks left", pace->n_remaining),
                          pace->n_remaining);
}

static char *
pace_needed (Writer       *w,
             ScKpi        *kpi,
             const ScPace *pace)
{
  g_autofree char *value = value_text (w, kpi, pace->value);

  if (sc_kpi_get_rollup (kpi) == SC_ROLLUP_LAST)
    /* Translators: the level a KPI must reach at the end of the quarter. */
    return g_strdup_printf (L_(w->lang, "%s by the quarter's end"), value);
  if (pace->per == SC_FREQUENCY_MONTHLY)
    /* Translators: a pace, "34.0% a month". */
    return g_strdup_printf (L_(w->lang, "%s a month"), value);
  /* Translators: a pace, "$119K a week". */
  return g_strdup_printf (L_(w->lang, "%s a week"), value);
}

static void
write_pace (Writer                     *w,
            ScKpi                      *kpi,
            const ScPace               *pace,
            ScMonthlyReviewContentLine *out)
{
  g_autofree char *left = periods_left (w, pace);
  g_autofree char *planned = value_text (w, kpi, pace->planned);

  switch (pace->state)
    {
    case SC_PACE_NEEDED:
      out->pace = pace_needed (w, kpi, pace);
      /* Translators: "4 weeks left · plan $143K": what the targets asked. */
      out->pace_detail = g_strdup_printf (L_(w->lang, "%s · plan %s"), left, planned);
      break;
    case SC_PACE_REACHED:
      out->pace = g_strdup (L_(w->lang, "Quarter target reached"));
      out->pace_detail = g_steal_pointer (&left);
      break;
    case SC_PACE_OUT_OF_REACH:
      out->pace = g_strdup (L_(w->lang, "Out of reach"));
      out->pace_detail = g_steal_pointer (&left);
      break;
    case SC_PACE_NONE:
    default:
      out->pace = g_strdup ("—");
      out->pace_detail = g_strdup (pace->n_remaining == 0
                                   ? L_(w->lang, "The quarter ends with this month")
                                   : L_(w->lang, "No target for the quarter"));
      break;
    }
}

static char *
person_name (ScStore *store,
             gint64   id)
{
  ScRecord *person = id ? sc_store_lookup (store, &sc_person_table, id) : NULL;

  return g_strdup (person ? sc_record_get_text (person, SC_PERSON_NAME) : "");
}

char *
sc_monthly_review_describe_action (ScStore  *store,
                                   ScAction *action,
                                   ScLang    lang)
{
  ScRecord *r = SC_RECORD (action);
  g_autofree char *owner = NULL;
  g_autofree char *due = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  if (action == NULL)
    return g_strdup ("");
  owner = person_name (store, sc_record_get_ref (r, SC_ACTION_OWNER_ID));
  due = sc_format_date_long (lang, sc_record_get_date (r, SC_ACTION_DUE), FALSE);
  if (sc_record_get_id (r) == 0)
    /* Translators: an action made from a countermeasure, not saved yet:
     * "New action for Nathalie Bergeron, due October 10, 2025". */
    return g_strdup_printf (L_(lang, "New action for %s, due %s"), owner, due);
  /* Translators: "A11 · Nathalie Bergeron · due October 10, 2025". */
  return g_strdup_printf (L_(lang, "%s · %s · due %s"),
                          sc_record_get_text (r, SC_ACTION_REF), owner, due);
}

static ScMonthlyReviewContentLine *
write_line (Writer               *w,
            const ScVarianceLine *line)
{
  ScMonthlyReviewContentLine *out = g_new0 (ScMonthlyReviewContentLine, 1);
  ScRecord *kpi = SC_RECORD (line->kpi);

  out->kpi_id = sc_record_get_id (kpi);
  out->name = g_strdup (sc_kpi_get_name (line->kpi, w->lang));
  out->owner = person_name (w->store, sc_record_get_ref (kpi, SC_KPI_OWNER_ID));
  out->status = line->month.status;
  out->status_label = g_strdup (sc_status_get_label (line->month.status, w->lang));
  out->provisional = line->month.provisional;
  write_variance (w, line, out);
  write_pace (w, line->kpi, &line->pace, out);
  out->cause = g_strdup (line->cause);
  out->countermeasure = g_strdup (line->countermeasure);
  out->action = sc_monthly_review_describe_action (w->store, line->action, w->lang);
  if (line->changed)
    {
      g_autofree char *now = value_text (w, line->kpi, line->month_now.actual);

      /* Translators: a figure typed again after the review was saved. */
      out->changed = g_strdup_printf (L_(w->lang, "Now %s: changed after the review"), now);
    }
  return out;
}

/* The page ----------------------------------------------------------------- */

static char *
period_text (Writer         *w,
             const ScPeriod *month)
{
  g_autofree char *first = sc_format_date_long (w->lang, month->first_week, FALSE);
  g_autofree char *last = sc_format_date_long (w->lang, month->last_week + 6, FALSE);
  g_autofree char *quarter = NULL;
  g_autofree char *weeks = NULL;
  ScCalendar cal;
  ScPeriod q;

  sc_store_get_calendar (w->store, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_QUARTER, month->first_week, &q);
  quarter = sc_format_quarter (w->lang, &cal, q.fiscal_year, q.index);
  weeks = g_strdup_printf (LN_(w->lang, "%u week", "%u weeks", month->n_weeks), month->n_weeks);
  /* Translators: "4 weeks, August 4, 2025 to August 31, 2025 · Q2 FY2025". */
  return g_strdup_printf (L_(w->lang, "%s, %s to %s · %s"), weeks, first, last, quarter);
}

static char *
summary_text (Writer                 *w,
              ScMonthlyReviewSession *session)
{
  guint n = sc_monthly_review_session_get_n_lines (session);
  guint counts[SC_STATUS_OFF_TARGET + 1] = { 0 };

  for (guint i = 0; i < n; i++)
    counts[sc_monthly_review_session_get_line (session, i)->month.status]++;
  /* Translators: "7 indicators: 4 on target, 1 to watch, 2 off target". */
  return g_strdup_printf (LN_(w->lang, "%u indicator: %u on target, %u to watch, %u off target",
                              "%u indicators: %u on target, %u to watch, %u off target", n),
                          n, counts[SC_STATUS_ON_TARGET], counts[SC_STATUS_WATCH],
                          counts[SC_STATUS_OFF_TARGET]);
}

static char *
footnote_text (Writer                 *w,
               ScMonthlyReviewSession *session,
               ScMonthlyReviewContent *content)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean provisional = FALSE;

  for (guint i = 0; i < content->lines->len; i++)
    {
      ScMonthlyReviewContentLine *line = g_ptr_array_index (content->lines, i);

      provisional |= line->provisional;
    }
  if (provisional)
    g_string_append (text, L_(w->lang, "Some figures are provisional: weekly estimates that the "
                                       "accountant's month-end figures will replace."));
  if (sc_monthly_review_session_get_read_only (session))
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, L_(w->lang, "Targets and actuals are those seen at the review; the "
                                         "year to date and the pace use the figures as they are "
                                         "now."));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

ScMonthlyReviewContent *
sc_monthly_review_session_dup_content (ScMonthlyReviewSession *self,
                                       ScLang                  lang)
{
  ScMonthlyReviewContent *content;
  const ScPeriod *month;
  g_autofree char *name = NULL;
  Writer w;

  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (self), NULL);

  w.lang = lang;
  w.store = sc_monthly_review_session_get_store (self);
  w.currency = sc_record_get_text (SC_RECORD (sc_store_get_company (w.store)), SC_COMPANY_CURRENCY);
  month = sc_monthly_review_session_get_month (self);
  name = sc_format_month_year (lang, month->year, month->index);

  content = g_new0 (ScMonthlyReviewContent, 1);
  content->lang = lang;
  content->company = g_strdup (sc_record_get_text (SC_RECORD (sc_store_get_company (w.store)),
                                                   SC_COMPANY_NAME));
  /* Translators: the title of a review, "Monthly Variance Review — August 2025". */
  content->title = g_strdup_printf (L_(lang, "Monthly Variance Review — %s"), name);
  content->period = period_text (&w, month);
  if (sc_monthly_review_session_get_review_id (self) != 0)
    {
      ScDay done_on = sc_monthly_review_session_get_done_on (self);
      g_autofree char *day = sc_format_date_long (lang, done_on, FALSE);

      content->held = g_strdup_printf (L_(lang, "Held on %s"), day);
    }
  else
    content->held = g_strdup (L_(lang, "Not saved yet"));
  content->summary = summary_text (&w, self);
  content->notes = g_strdup (sc_monthly_review_session_get_notes (self));
  content->lines = g_ptr_array_new_with_free_func (content_line_free);
  for (guint i = 0; i < sc_monthly_review_session_get_n_lines (self); i++)
    g_ptr_array_add (content->lines,
                     write_line (&w, sc_monthly_review_session_get_line (self, i)));
  content->footnote = footnote_text (&w, self, content);
  return content;
}

ScMonthlyReviewContent *
sc_monthly_review_get_content (ScStore  *store,
                               gint64    review_id,
                               ScLang    lang,
                               GError  **error)
{
  g_autoptr(ScMonthlyReviewSession) session = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  session = sc_monthly_review_session_open (store, review_id, error);
  if (session == NULL)
    return NULL;
  return sc_monthly_review_session_dup_content (session, lang);
}
