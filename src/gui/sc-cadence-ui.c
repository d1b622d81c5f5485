/* sc-cadence-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-cadence-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-cadence-ui.h"
#include "sc-format.h"
#include "sc-l10n.h"

static const char *const status_classes[] = {
  "status-none", "status-on", "status-watch", "status-off",
};
static const char *const status_icons[] = {
  "task-due-symbolic", "object-select-symbolic", "dialog-warning-symbolic",
  "dialog-error-symbolic",
};

void
sc_cadence_ui_set_status (GtkImage *image,
                          ScStatus  status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (image), status_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (image), status_classes[status]);
  gtk_image_set_from_icon_name (image, status_icons[status]);
}

ScStatus
sc_cadence_ui_review_status (const ScReviewDue *review)
{
  switch (review->state)
    {
    case SC_REVIEW_DONE:
      return SC_STATUS_ON_TARGET;
    case SC_REVIEW_DUE:
    case SC_REVIEW_DONE_LATE:
      return SC_STATUS_WATCH;
    case SC_REVIEW_LATE:
      return SC_STATUS_OFF_TARGET;
    default:
      return SC_STATUS_NONE;
    }
}

static char *
review_name (ScStore           *store,
             const ScReviewDue *review,
             gboolean           quarterly)
{
  ScLang lang = sc_l10n_ui_lang ();
  g_autofree char *period = NULL;
  ScCalendar cal;

  sc_store_get_calendar (store, &cal);
  if (quarterly)
    {
      period = sc_format_quarter (lang, &cal, review->year, review->index);
      /* Translators: "Quarterly review of Q1 FY2025". */
      return g_strdup_printf (_("Quarterly review of %s"), period);
    }
  period = sc_format_month_year (lang, review->year, review->index);
  /* Translators: "Monthly review of August 2025". */
  return g_strdup_printf (_("Monthly review of %s"), period);
}

static char *
review_state (const ScReviewDue *review)
{
  ScLang lang = sc_l10n_ui_lang ();
  g_autofree char *due = sc_format_date_long (lang, review->due, FALSE);
  g_autofree char *late = sc_format_date_long (lang, review->late, FALSE);
  g_autofree char *done = sc_format_date_long (lang, review->done_on, FALSE);

  switch (review->state)
    {
    case SC_REVIEW_NONE:
      return g_strdup (_("not asked for: it ended before the company file began"));
    case SC_REVIEW_NOT_DUE:
      /* Translators: a review's state, "due from October 6, 2025". */
      return g_strdup_printf (_("due from %s"), due);
    case SC_REVIEW_DUE:
      /* Translators: "due now, late from September 16, 2025". */
      return g_strdup_printf (_("due now, late from %s"), late);
    case SC_REVIEW_LATE:
      /* Translators: "late since September 16, 2025". */
      return g_strdup_printf (_("late since %s"), late);
    case SC_REVIEW_DONE:
      /* Translators: "done on September 8, 2025". */
      return g_strdup_printf (_("done on %s"), done);
    case SC_REVIEW_DONE_LATE:
    default:
      /* Translators: "done late, on September 20, 2025". */
      return g_strdup_printf (_("done late, on %s"), done);
    }
}

char *
sc_cadence_ui_review_text (ScStore           *store,
                           const ScReviewDue *review,
                           gboolean           quarterly)
{
  g_autofree char *name = review_name (store, review, quarterly);
  g_autofree char *state = review_state (review);

  /* Translators: a review and its state, "Monthly review of August 2025: late since …". */
  return g_strdup_printf (_("%s: %s"), name, state);
}

static gboolean
pending (const ScReviewDue *review)
{
  return review->state == SC_REVIEW_DUE || review->state == SC_REVIEW_LATE;
}

char *
sc_cadence_ui_reminder_text (ScStore               *store,
                             ScReminders            reminder,
                             const ScCadenceHealth *health)
{
  ScRecord *company = SC_RECORD (sc_store_get_company (store));

  switch (reminder)
    {
    case SC_REMINDER_MEETING:
      {
        g_autofree char *time = sc_format_time_of_day (sc_l10n_ui_lang (),
                                                       sc_record_get_int (company,
                                                                          SC_COMPANY_MEETING_TIME));

        /* Translators: a reminder, "This week's meeting is today at 8:30 a.m."; no
         * full stop: the time may end with one. */
        return g_strdup_printf (_("This week's meeting is today at %s"), time);
      }
    case SC_REMINDER_FIGURES:
      return g_strdup_printf (ngettext ("%u figure is missing for past weeks.",
                                        "%u figures are missing for past weeks.",
                                        health->missing_figures), health->missing_figures);
    case SC_REMINDER_REVIEW:
    default:
      {
        gboolean quarterly = !pending (&health->monthly);
        const ScReviewDue *review = quarterly ? &health->quarterly : &health->monthly;

        return sc_cadence_ui_review_text (store, review, quarterly);
      }
    }
}
