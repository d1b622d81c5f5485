/* sc-plan-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-plan-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"
#include "sc-window.h"

/* Open actions due within this many days read "Due in N days". */
#define SOON_DAYS 7

static const char *const tone_classes[] = {
  [SC_TONE_NORMAL] = "tone-normal",
  [SC_TONE_SOON] = "tone-soon",
  [SC_TONE_LATE] = "tone-late",
  [SC_TONE_DONE] = "tone-done",
  [SC_TONE_DROPPED] = "tone-dropped",
};

static char *
closed_state (ScRecord *r,
              ScTone   *tone)
{
  ScDay closed = sc_record_get_date (r, SC_ACTION_DONE_ON);
  ScDay due = sc_record_get_date (r, SC_ACTION_DUE);
  guint late;
  gboolean done = sc_record_get_int (r, SC_ACTION_STATUS) == SC_ACTION_DONE;
  g_autofree char *date = NULL;

  *tone = done ? SC_TONE_DONE : SC_TONE_DROPPED;
  if (closed == SC_DAY_NONE)
    return g_strdup (done ? C_("action", "Done") : C_("action", "Dropped"));

  date = sc_format_date_short (sc_l10n_ui_lang (), closed);
  late = closed > due ? closed - due : 0;
  if (done && late > 0)
    /* Translators: "Done on Jun 13, 14 days late". */
    return g_strdup_printf (ngettext ("Done on %s, %u day late", "Done on %s, %u days late", late),
                            date, late);
  /* Translators: %s is a short date, "May 2". */
  return g_strdup_printf (done ? _("Done on %s") : _("Dropped on %s"), date);
}

char *
sc_plan_ui_action_state (ScAction *action,
                         ScDay     today,
                         ScTone   *tone)
{
  ScRecord *r = SC_RECORD (action);
  ScDay due = sc_record_get_date (r, SC_ACTION_DUE);
  guint late;
  ScTone ignored;

  if (tone == NULL)
    tone = &ignored;

  if (!sc_plan_action_is_open (action))
    return closed_state (r, tone);

  late = sc_plan_days_late (action, today);
  if (late > 0)
    {
      *tone = SC_TONE_LATE;
      return g_strdup_printf (ngettext ("%u day late", "%u days late", late), late);
    }

  *tone = due - today <= SOON_DAYS ? SC_TONE_SOON : SC_TONE_NORMAL;
  if (due == today)
    return g_strdup (_("Due today"));
  if (due == today + 1)
    return g_strdup (_("Due tomorrow"));
  if (due - today <= SOON_DAYS)
    return g_strdup_printf (ngettext ("Due in %u day", "Due in %u days", due - today),
                            due - today);
  return g_strdup (C_("action", "Open"));
}

char *
sc_plan_ui_lateness (guint n_overdue,
                     guint days_late)
{
  g_autofree char *overdue = g_strdup_printf (ngettext ("%u action overdue",
                                                        "%u actions overdue", n_overdue),
                                              n_overdue);
  g_autofree char *days = g_strdup_printf (ngettext ("%u day late in all",
                                                     "%u days late in all", days_late),
                                           days_late);

  /* Translators: "1 action overdue, 119 days late in all". */
  return g_strdup_printf (_("%s, %s"), overdue, days);
}

const char *
sc_plan_ui_tone_icon (ScTone tone)
{
  switch (tone)
    {
    case SC_TONE_LATE:
      return "task-past-due-symbolic";
    case SC_TONE_DONE:
      return "emblem-ok-symbolic";
    case SC_TONE_DROPPED:
      return "action-unavailable-symbolic";
    default:
      return "task-due-symbolic";
    }
}

void
sc_plan_ui_set_tone (GtkWidget *widget,
                     ScTone     tone)
{
  for (guint i = 0; i < G_N_ELEMENTS (tone_classes); i++)
    if (i != tone)
      gtk_widget_remove_css_class (widget, tone_classes[i]);
  gtk_widget_add_css_class (widget, tone_classes[tone]);
}

char *
sc_plan_ui_person_label (ScRecord *person)
{
  if (sc_record_get_bool (person, SC_PERSON_ACTIVE))
    return g_strdup (sc_record_get_text (person, SC_PERSON_NAME));
  /* Translators: a person who no longer takes part, in a list. */
  return g_strdup_printf (_("%s (inactive)"), sc_record_get_text (person, SC_PERSON_NAME));
}

char *
sc_plan_ui_person_name (ScStore *store,
                        gint64   person_id)
{
  ScRecord *p = sc_store_lookup (store, &sc_person_table, person_id);

  return p ? sc_plan_ui_person_label (p) : g_strdup ("");
}

gboolean
sc_plan_ui_person_active (ScStore *store,
                          gint64   person_id)
{
  ScRecord *p = sc_store_lookup (store, &sc_person_table, person_id);

  return p != NULL && sc_record_get_bool (p, SC_PERSON_ACTIVE);
}

char *
sc_plan_ui_quarter_name (ScStore *store,
                         int      fiscal_year,
                         int      quarter)
{
  ScCalendar cal;

  sc_store_get_calendar (store, &cal);
  return sc_format_quarter (sc_l10n_ui_lang (), &cal, fiscal_year, quarter);
}

char *
sc_plan_ui_slips (guint n_slips)
{
  if (n_slips == 0)
    return NULL;
  /* Translators: how many times an action's due date was moved. */
  return g_strdup_printf (ngettext ("%u slip", "%u slips", n_slips), n_slips);
}

char *
sc_plan_ui_fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFD);
  g_autoptr(GString) bare = g_string_new (NULL);

  for (const char *p = decomposed; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, -1);
}

int
sc_plan_ui_collate (const char *a,
                    const char *b)
{
  g_autofree char *fa = sc_plan_ui_fold (a);
  g_autofree char *fb = sc_plan_ui_fold (b);
  int by_letters = g_utf8_collate (fa, fb);

  return by_letters ? by_letters : g_utf8_collate (a, b);
}

void
sc_plan_ui_field_error (GtkWidget  *field,
                        GtkLabel   *message,
                        const char *text)
{
  gboolean invalid = text != NULL;

  if (invalid)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  invalid ? text : "", -1);
  if (message != NULL)
    {
      gtk_label_set_label (message, invalid ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (message), invalid);
      gtk_widget_remove_css_class (GTK_WIDGET (message), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (message), "form-error");
    }
}

GtkWindow *
sc_plan_ui_parent (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The main window, also from a dialog that belongs to it. */
static ScWindow *
main_window (GtkWidget *widget)
{
  GtkWindow *window = sc_plan_ui_parent (widget);

  while (window != NULL && !SC_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return window ? SC_WINDOW (window) : NULL;
}

void
sc_plan_ui_toast (GtkWidget  *widget,
                  const char *message,
                  gboolean    undo)
{
  ScWindow *window = main_window (widget);

  if (window != NULL)
    sc_window_show_toast (window, message, undo ? _("_Undo") : NULL, undo ? "win.undo" : NULL);
}

void
sc_plan_ui_error (GtkWidget    *widget,
                  const char   *heading,
                  const GError *error)
{
  ScWindow *window = main_window (widget);

  if (window != NULL)
    sc_window_show_error (window, heading, error);
  else
    g_warning ("%s: %s", heading, error ? error->message : "");
}
