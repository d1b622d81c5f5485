/* sc-report-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-report-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-cadence.h"
#include "sc-export.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-report-window.h"
#include "sc-save-dialog.h"
#include "sc-window.h"

/* How far back the lists of months and quarters go. */
#define MAX_MONTHS   24
#define MAX_QUARTERS 12

struct _ScReportWindow
{
  GtkWindow        parent_instance;

  GtkWindow       *main_window;   /* weak: it destroys us with it */
  ScStore         *store;
  GObject         *session;       /* a review on screen, or NULL */
  GArray          *subjects;      /* ScReportSubject: the items of period_dropdown */

  /* Template children */
  GtkDropDown     *kind_dropdown;
  GtkLabel        *period_label;
  GtkDropDown     *period_dropdown;
  GtkStringList   *periods;
  GtkLabel        *meeting_label;
  GtkDropDown     *lang_dropdown;
  GtkDropDown     *paper_dropdown;
};

G_DEFINE_FINAL_TYPE (ScReportWindow, sc_report_window, GTK_TYPE_WINDOW)

/* The periods ------------------------------------------------------------------- */

static void
add_subject (ScReportWindow *self,
             ScReportKind    kind,
             int             year,
             int             index,
             const char     *name,
             const char     *state)
{
  ScReportSubject subject = { kind, SC_DAY_NONE, year, index };
  /* Translators: a month or a quarter and where its review stands:
   * "August 2025 · reviewed". */
  g_autofree char *label = g_strdup_printf (C_("report period", "%s · %s"), name, state);

  g_array_append_val (self->subjects, subject);
  gtk_string_list_append (self->periods, label);
}

/* The months over, newest first, back to the company file's first. */
static void
add_months (ScReportWindow *self,
            ScDay           created)
{
  ScCalendar cal;
  ScPeriod month;
  int year, index;

  sc_store_get_calendar (self->store, &cal);
  sc_report_last_month (self->store, &year, &index);
  sc_calendar_month (&cal, year, index, &month);
  for (guint i = 0; i < MAX_MONTHS && month.last_day >= created; i++)
    {
      g_autofree char *name = sc_format_month_year (sc_l10n_ui_lang (), month.year, month.index);
      gboolean reviewed = sc_monthly_review_find (self->store, month.year, month.index) != NULL;

      add_subject (self, SC_REPORT_MONTHLY_REVIEW, month.year, month.index, name,
                   reviewed ? C_("month", "reviewed") : C_("month", "not reviewed yet"));
      sc_calendar_period_shift (&cal, &month, -1, &month);
    }
}

static const char *
quarter_state (ScStore *store,
               int      fiscal_year,
               int      quarter)
{
  ScQuarterlyReview *review = sc_quarterly_review_find (store, fiscal_year, quarter);

  if (review == NULL)
    return C_("quarter", "not reviewed yet");
  if (sc_record_get_date (SC_RECORD (review), SC_QUARTERLY_REVIEW_DONE_ON) == SC_DAY_NONE)
    return C_("quarter", "draft");
  return C_("quarter", "finished");
}

/* The quarters whose last week has begun (their review may be held),
 * newest first. */
static void
add_quarters (ScReportWindow *self,
              ScDay           created)
{
  ScDay today = sc_store_get_today (self->store);
  ScCalendar cal;
  ScPeriod quarter;

  sc_store_get_calendar (self->store, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_QUARTER, today, &quarter);
  if (quarter.last_week > today)
    sc_calendar_period_shift (&cal, &quarter, -1, &quarter);
  for (guint i = 0; i < MAX_QUARTERS && quarter.last_day >= created; i++)
    {
      g_autofree char *name = sc_format_quarter (sc_l10n_ui_lang (), &cal, quarter.fiscal_year,
                                                 quarter.index);

      add_subject (self, SC_REPORT_QUARTERLY_REVIEW, quarter.fiscal_year, quarter.index, name,
                   quarter_state (self->store, quarter.fiscal_year, quarter.index));
      sc_calendar_period_shift (&cal, &quarter, -1, &quarter);
    }
}

static void
show_meeting (ScReportWindow *self)
{
  ScLang ui = sc_l10n_ui_lang ();
  ScDay week = sc_report_next_meeting_week (self->store);
  ScRecord *company = SC_RECORD (sc_store_get_company (self->store));
  g_autofree char *day = sc_format_date_long (ui, sc_cadence_meeting_day (self->store, week),
                                              TRUE);
  g_autofree char *time = sc_format_time_of_day (ui, sc_record_get_int (company,
                                                                        SC_COMPANY_MEETING_TIME));
  /* Translators: which sheet is printed: "The next meeting, Monday,
   * September 29, 2025 at 8:30 a.m." */
  g_autofree char *text = g_strdup_printf (_("The next meeting, %s at %s"), day, time);

  gtk_label_set_label (self->meeting_label, text);
}

static void
update_periods (ScReportWindow *self)
{
  ScReportKind kind = sc_report_window_get_kind (self);
  ScDay created = sc_record_get_date (SC_RECORD (sc_store_get_company (self->store)),
                                      SC_COMPANY_CREATED);
  gboolean sheet = kind == SC_REPORT_MEETING_SHEET;

  g_array_set_size (self->subjects, 0);
  gtk_string_list_splice (self->periods, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->periods)), NULL);
  if (kind == SC_REPORT_MONTHLY_REVIEW)
    add_months (self, created);
  else if (kind == SC_REPORT_QUARTERLY_REVIEW)
    add_quarters (self, created);
  else
    show_meeting (self);

  gtk_label_set_label (self->period_label, sheet ? _("Meeting")
                                                 : kind == SC_REPORT_MONTHLY_REVIEW
                                                 ? _("_Month") : _("_Quarter"));
  gtk_widget_set_visible (GTK_WIDGET (self->period_dropdown), !sheet);
  gtk_widget_set_visible (GTK_WIDGET (self->meeting_label), sheet);
  gtk_drop_down_set_selected (self->period_dropdown, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.choose-file",
                                 sheet || self->subjects->len > 0);
}

static void
on_kind_changed_cb (ScReportWindow *self)
{
  update_periods (self);
}

/* The choices ------------------------------------------------------------------- */

void
sc_report_window_set_kind (ScReportWindow *self,
                           ScReportKind    kind)
{
  g_return_if_fail (SC_IS_REPORT_WINDOW (self));

  gtk_drop_down_set_selected (self->kind_dropdown, kind);
}

ScReportKind
sc_report_window_get_kind (ScReportWindow *self)
{
  g_return_val_if_fail (SC_IS_REPORT_WINDOW (self), SC_REPORT_MEETING_SHEET);

  return MIN (gtk_drop_down_get_selected (self->kind_dropdown), SC_REPORT_QUARTERLY_REVIEW);
}

gboolean
sc_report_window_set_period (ScReportWindow *self,
                             int             year,
                             int             index)
{
  g_return_val_if_fail (SC_IS_REPORT_WINDOW (self), FALSE);

  for (guint i = 0; i < self->subjects->len; i++)
    {
      const ScReportSubject *s = &g_array_index (self->subjects, ScReportSubject, i);

      if (s->year == year && s->index == index)
        {
          gtk_drop_down_set_selected (self->period_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

void
sc_report_window_get_subject (ScReportWindow  *self,
                              ScReportSubject *subject)
{
  guint selected;

  g_return_if_fail (SC_IS_REPORT_WINDOW (self));

  *subject = (ScReportSubject) { SC_REPORT_MEETING_SHEET, SC_DAY_NONE, 0, 0 };
  selected = gtk_drop_down_get_selected (self->period_dropdown);
  if (sc_report_window_get_kind (self) != SC_REPORT_MEETING_SHEET &&
      selected < self->subjects->len)
    *subject = g_array_index (self->subjects, ScReportSubject, selected);
}

void
sc_report_window_set_lang (ScReportWindow *self,
                           ScLang          lang)
{
  g_return_if_fail (SC_IS_REPORT_WINDOW (self));

  gtk_drop_down_set_selected (self->lang_dropdown, lang == SC_LANG_FR ? 0 : 1);
}

ScLang
sc_report_window_get_lang (ScReportWindow *self)
{
  g_return_val_if_fail (SC_IS_REPORT_WINDOW (self), SC_LANG_FR);

  return gtk_drop_down_get_selected (self->lang_dropdown) == 0 ? SC_LANG_FR : SC_LANG_EN;
}

void
sc_report_window_set_paper (ScReportWindow *self,
                            ScPaper         paper)
{
  g_return_if_fail (SC_IS_REPORT_WINDOW (self));

  gtk_drop_down_set_selected (self->paper_dropdown, paper == SC_PAPER_A4 ? 1 : 0);
}

ScPaper
sc_report_window_get_paper (ScReportWindow *self)
{
  g_return_val_if_fail (SC_IS_REPORT_WINDOW (self), SC_PAPER_LETTER);

  return gtk_drop_down_get_selected (self->paper_dropdown) == 1 ? SC_PAPER_A4 : SC_PAPER_LETTER;
}

/* The report ---------------------------------------------------------------------- */

/* Whether the review on screen is the one chosen: then its report is
 * made from what the screen shows. */
static gboolean
is_session_of (GObject               *session,
               const ScReportSubject *subject)
{
  const ScPeriod *period = NULL;

  if (SC_IS_MONTHLY_REVIEW_SESSION (session) && subject->kind == SC_REPORT_MONTHLY_REVIEW)
    period = sc_monthly_review_session_get_month (SC_MONTHLY_REVIEW_SESSION (session));
  else if (SC_IS_QUARTERLY_REVIEW_SESSION (session) &&
           subject->kind == SC_REPORT_QUARTERLY_REVIEW)
    period = sc_quarterly_review_session_get_quarter (SC_QUARTERLY_REVIEW_SESSION (session));
  if (period == NULL)
    return FALSE;
  return subject->kind == SC_REPORT_MONTHLY_REVIEW
         ? period->year == subject->year && period->index == subject->index
         : period->fiscal_year == subject->year && period->index == subject->index;
}

ScReport *
sc_report_window_dup_report (ScReportWindow  *self,
                             GError         **error)
{
  ScLang lang = sc_report_window_get_lang (self);
  ScReportSubject subject;

  g_return_val_if_fail (SC_IS_REPORT_WINDOW (self), NULL);

  sc_report_window_get_subject (self, &subject);
  if (self->session != NULL && is_session_of (self->session, &subject))
    return SC_IS_MONTHLY_REVIEW_SESSION (self->session)
           ? sc_report_new_monthly (SC_MONTHLY_REVIEW_SESSION (self->session), lang)
           : sc_report_new_quarterly (SC_QUARTERLY_REVIEW_SESSION (self->session), lang);
  return sc_report_new (self->store, &subject, lang, error);
}

char *
sc_report_window_dup_file_name (ScReportWindow *self)
{
  g_autoptr(ScReport) report = NULL;

  g_return_val_if_fail (SC_IS_REPORT_WINDOW (self), NULL);

  report = sc_report_window_dup_report (self, NULL);
  return report ? sc_report_suggest_name (report) : NULL;
}

gboolean
sc_report_window_save_to (ScReportWindow *self,
                          const char     *path)
{
  g_autoptr(ScReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (SC_IS_REPORT_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  target = sc_save_dialog_with_suffix (path, "pdf");
  report = sc_report_window_dup_report (self, &error);
  if (report == NULL ||
      !sc_report_write_pdf (report, sc_report_window_get_paper (self), target, &error))
    {
      sc_save_dialog_show_error (GTK_WINDOW (self), _("The report could not be saved"), error);
      return FALSE;
    }

  name = g_filename_display_basename (target);
  /* Translators: %s is the report's file name. */
  message = g_strdup_printf (_("Report “%s” saved."), name);
  if (self->main_window != NULL && SC_IS_WINDOW (self->main_window))
    sc_save_dialog_show_saved (SC_WINDOW (self->main_window), message, target);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_chosen (GObject    *owner,
             const char *path)
{
  sc_report_window_save_to (SC_REPORT_WINDOW (owner), path);
}

static void
sc_report_window_choose_file_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  ScReportWindow *self = SC_REPORT_WINDOW (widget);
  g_autofree char *name = sc_report_window_dup_file_name (self);

  sc_save_dialog_show (GTK_WINDOW (self), _("Save the Report"), name ? name : "SalesCadence.pdf",
                       _("PDF documents"), "pdf", save_chosen, G_OBJECT (self));
}

/* The object -------------------------------------------------------------------- */

static void
sc_report_window_dispose (GObject *object)
{
  ScReportWindow *self = SC_REPORT_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_weak_pointer (&self->main_window);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_REPORT_WINDOW);

  G_OBJECT_CLASS (sc_report_window_parent_class)->dispose (object);
}

static void
sc_report_window_finalize (GObject *object)
{
  ScReportWindow *self = SC_REPORT_WINDOW (object);

  g_array_unref (self->subjects);

  G_OBJECT_CLASS (sc_report_window_parent_class)->finalize (object);
}

static void
sc_report_window_class_init (ScReportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_report_window_dispose;
  object_class->finalize = sc_report_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-report-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScReportWindow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScReportWindow, period_label);
  gtk_widget_class_bind_template_child (widget_class, ScReportWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScReportWindow, periods);
  gtk_widget_class_bind_template_child (widget_class, ScReportWindow, meeting_label);
  gtk_widget_class_bind_template_child (widget_class, ScReportWindow, lang_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScReportWindow, paper_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);

  gtk_widget_class_install_action (widget_class, "report.choose-file", NULL,
                                   sc_report_window_choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_report_window_init (ScReportWindow *self)
{
  self->subjects = g_array_new (FALSE, TRUE, sizeof (ScReportSubject));
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScReportWindow *
sc_report_window_new (GtkWindow *parent,
                      ScStore   *store)
{
  ScReportWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_REPORT_WINDOW, "transient-for", parent, NULL);
  g_set_weak_pointer (&self->main_window, parent);
  self->store = g_object_ref (store);
  sc_report_window_set_lang (self, sc_export_default_lang (store));
  sc_report_window_set_paper (self, sc_paper_default ());
  update_periods (self);
  return self;
}

ScReportWindow *
sc_report_window_show_review (GtkWidget *from,
                              GObject   *session)
{
  GtkRoot *root = gtk_widget_get_root (from);
  gboolean monthly = SC_IS_MONTHLY_REVIEW_SESSION (session);
  const ScPeriod *period;
  ScReportWindow *self;
  ScStore *store;

  g_return_val_if_fail (monthly || SC_IS_QUARTERLY_REVIEW_SESSION (session), NULL);
  g_return_val_if_fail (GTK_IS_WINDOW (root), NULL);

  store = monthly ? sc_monthly_review_session_get_store (SC_MONTHLY_REVIEW_SESSION (session))
                  : sc_quarterly_review_session_get_store (SC_QUARTERLY_REVIEW_SESSION (session));
  period = monthly
           ? sc_monthly_review_session_get_month (SC_MONTHLY_REVIEW_SESSION (session))
           : sc_quarterly_review_session_get_quarter (SC_QUARTERLY_REVIEW_SESSION (session));
  self = sc_report_window_new (GTK_WINDOW (root), store);
  g_set_object (&self->session, session);
  sc_report_window_set_kind (self, monthly ? SC_REPORT_MONTHLY_REVIEW
                                           : SC_REPORT_QUARTERLY_REVIEW);
  sc_report_window_set_period (self, monthly ? period->year : period->fiscal_year, period->index);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
