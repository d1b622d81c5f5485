/* sc-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-agenda-editor.h"
#include "sc-preferences-window.h"
#include "sc-shutdown-weeks-window.h"

struct _ScPreferencesWindow
{
  GtkWindow       parent_instance;

  ScStore        *store;
  GSettings      *settings;
  gboolean        loading;

  /* Template children */
  GtkLabel       *company_note;
  GtkWidget      *company_group;
  GtkWidget      *meeting_group;
  GtkWidget      *reports_group;
  ScAgendaEditor *agenda_editor;
  GtkLabel       *company_error;
  GtkEntry       *name_entry;
  GtkDropDown    *currency_dropdown;
  GtkDropDown    *fiscal_dropdown;
  GtkDropDown    *week_dropdown;
  GtkSpinButton  *tolerance_spin;
  GtkDropDown    *weekday_dropdown;
  GtkSpinButton  *hour_spin;
  GtkSpinButton  *minute_spin;
  GtkSpinButton  *length_spin;
  GtkDropDown    *report_lang_dropdown;
  GtkDropDown    *ui_lang_dropdown;
  GtkDropDown    *style_dropdown;
  GtkLabel       *ui_lang_note;
};

G_DEFINE_FINAL_TYPE (ScPreferencesWindow, sc_preferences_window, GTK_TYPE_WINDOW)

static const char *const currencies[] = { "CAD", "USD", "EUR" };
static const char *const ui_langs[] = { "system", "fr", "en" };
static const char *const styles[] = { "system", "light", "dark" };

static ScRecord *
company (ScPreferencesWindow *self)
{
  return SC_RECORD (sc_store_get_company (self->store));
}

static guint
index_of (const char *const *values,
          guint              n,
          const char        *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

/* Shows the file's settings in the widgets, without writing them back. */
static void
load (ScPreferencesWindow *self)
{
  ScRecord *c;
  gint64 time;

  if (self->store == NULL)
    return;

  c = company (self);
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), sc_record_get_text (c, SC_COMPANY_NAME));
  gtk_drop_down_set_selected (self->currency_dropdown,
                              index_of (currencies, G_N_ELEMENTS (currencies),
                                        sc_record_get_text (c, SC_COMPANY_CURRENCY)));
  gtk_drop_down_set_selected (self->fiscal_dropdown,
                              sc_record_get_int (c, SC_COMPANY_FISCAL_START_MONTH) - 1);
  gtk_drop_down_set_selected (self->week_dropdown,
                              sc_record_get_int (c, SC_COMPANY_WEEK_START) == 7 ? 1 : 0);
  gtk_spin_button_set_value (self->tolerance_spin,
                             sc_record_get_int (c, SC_COMPANY_TOLERANCE) / 100.0);
  gtk_drop_down_set_selected (self->weekday_dropdown,
                              sc_record_get_int (c, SC_COMPANY_MEETING_WEEKDAY) - 1);
  time = sc_record_get_int (c, SC_COMPANY_MEETING_TIME);
  gtk_spin_button_set_value (self->hour_spin, time / 60);
  gtk_spin_button_set_value (self->minute_spin, time % 60);
  gtk_spin_button_set_value (self->length_spin, sc_record_get_int (c, SC_COMPANY_MEETING_MINUTES));
  gtk_drop_down_set_selected (self->report_lang_dropdown,
                              g_strcmp0 (sc_record_get_text (c, SC_COMPANY_REPORT_LANG), "en") == 0);
  self->loading = FALSE;
}

static void
show_error (ScPreferencesWindow *self,
            const char          *message)
{
  gtk_label_set_label (self->company_error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->company_error), message != NULL);
}

static gboolean
has_weekly_values (ScPreferencesWindow *self)
{
  ScDay first, last;

  return sc_store_value_span (self->store, &first, &last);
}

static gboolean
has_plan (ScPreferencesWindow *self)
{
  return g_list_model_get_n_items (sc_store_get_list (self->store, &sc_priority_table)) > 0 ||
         g_list_model_get_n_items (sc_store_get_list (self->store, &sc_action_table)) > 0 ||
         g_list_model_get_n_items (sc_store_get_list (self->store, &sc_quarterly_review_table)) > 0;
}

/* Rules that protect what the file already holds; NULL when the change
 * is safe. */
static const char *
refuse (ScPreferencesWindow *self,
        ScRecord            *draft)
{
  ScRecord *c = company (self);

  if (sc_record_get_int (draft, SC_COMPANY_WEEK_START) != sc_record_get_int (c, SC_COMPANY_WEEK_START) &&
      has_weekly_values (self))
    return _("The first day of the week cannot change once figures have been entered: they are "
             "filed by week.");
  if (sc_record_get_int (draft, SC_COMPANY_FISCAL_START_MONTH) !=
      sc_record_get_int (c, SC_COMPANY_FISCAL_START_MONTH) && has_plan (self))
    return _("The start of the fiscal year cannot change once quarterly plans exist: they are "
             "filed by fiscal quarter.");
  return NULL;
}

static void
save (ScPreferencesWindow *self)
{
  g_autoptr(ScRecord) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  guint currency;
  const char *refusal;

  if (self->loading || self->store == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  if (*name == '\0')
    {
      show_error (self, _("The company needs a name."));
      return;
    }

  draft = sc_record_copy (company (self));
  currency = MIN (gtk_drop_down_get_selected (self->currency_dropdown), G_N_ELEMENTS (currencies) - 1);
  sc_record_set_text (draft, SC_COMPANY_NAME, name);
  sc_record_set_text (draft, SC_COMPANY_CURRENCY, currencies[currency]);
  sc_record_set_int (draft, SC_COMPANY_FISCAL_START_MONTH,
                     gtk_drop_down_get_selected (self->fiscal_dropdown) + 1);
  sc_record_set_int (draft, SC_COMPANY_WEEK_START,
                     gtk_drop_down_get_selected (self->week_dropdown) == 1 ? 7 : 1);
  sc_record_set_int (draft, SC_COMPANY_TOLERANCE,
                     (gint64) (gtk_spin_button_get_value (self->tolerance_spin) * 100 + 0.5));
  sc_record_set_int (draft, SC_COMPANY_MEETING_WEEKDAY,
                     gtk_drop_down_get_selected (self->weekday_dropdown) + 1);
  sc_record_set_int (draft, SC_COMPANY_MEETING_TIME,
                     gtk_spin_button_get_value_as_int (self->hour_spin) * 60 +
                     gtk_spin_button_get_value_as_int (self->minute_spin));
  sc_record_set_int (draft, SC_COMPANY_MEETING_MINUTES,
                     gtk_spin_button_get_value_as_int (self->length_spin));
  sc_record_set_text (draft, SC_COMPANY_REPORT_LANG,
                      gtk_drop_down_get_selected (self->report_lang_dropdown) == 1 ? "en" : "fr");

  /* Nothing changed (a widget echoing the file): a message about the
   * last refusal stays until the next real change. */
  if (sc_record_equal (draft, company (self)))
    return;

  refusal = refuse (self, draft);
  if (refusal == NULL && sc_store_put (self->store, _("Change company settings"), draft, &error))
    {
      show_error (self, NULL);
      return;
    }

  show_error (self, refusal ? refusal : error->message);
  load (self);
}

static void
on_setting_changed_cb (ScPreferencesWindow *self)
{
  save (self);
}

static void
on_name_activate_cb (ScPreferencesWindow *self,
                     GtkEntry            *entry)
{
  save (self);
}

static void
on_name_focus_leave_cb (GtkEventControllerFocus *controller,
                        ScPreferencesWindow     *self)
{
  save (self);
}

static void
on_ui_lang_changed_cb (ScPreferencesWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->ui_lang_dropdown);

  if (self->loading || self->settings == NULL || i >= G_N_ELEMENTS (ui_langs))
    return;

  g_settings_set_string (self->settings, "interface-language", ui_langs[i]);
  gtk_label_set_label (self->ui_lang_note,
                       _("Restart SalesCadence to see the interface in the new language."));
}

static void
on_shutdown_weeks_clicked_cb (ScPreferencesWindow *self)
{
  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (sc_shutdown_weeks_window_new (GTK_WINDOW (self), self->store)));
}

static void
on_style_changed_cb (ScPreferencesWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->style_dropdown);

  if (self->loading || self->settings == NULL || i >= G_N_ELEMENTS (styles))
    return;
  g_settings_set_string (self->settings, "style", styles[i]);
}

static void
on_company_notify_cb (ScPreferencesWindow *self)
{
  /* An undo or another window changed the settings: show them. */
  load (self);
}

static void
sc_preferences_window_dispose (GObject *object)
{
  ScPreferencesWindow *self = SC_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sc_preferences_window_parent_class)->dispose (object);
}

static void
sc_preferences_window_class_init (ScPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_preferences_window_dispose;

  g_type_ensure (SC_TYPE_AGENDA_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, company_note);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, company_group);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, meeting_group);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, reports_group);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, agenda_editor);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, company_error);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, currency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, fiscal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, week_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, tolerance_spin);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, weekday_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, length_spin);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, report_lang_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, ui_lang_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, style_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, ui_lang_note);
  gtk_widget_class_bind_template_callback (widget_class, on_setting_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ui_lang_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_style_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_shutdown_weeks_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_preferences_window_init (ScPreferencesWindow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (focus, "leave", G_CALLBACK (on_name_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_entry), focus);
}

ScPreferencesWindow *
sc_preferences_window_new (GtkWindow *parent,
                           ScStore   *store,
                           GSettings *settings)
{
  ScPreferencesWindow *self = g_object_new (SC_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent, NULL);
  gboolean writable = store != NULL && !sc_store_get_read_only (store);

  g_set_object (&self->store, store);
  g_set_object (&self->settings, settings);

  gtk_widget_set_sensitive (self->company_group, writable);
  gtk_widget_set_sensitive (self->meeting_group, writable);
  gtk_widget_set_sensitive (self->reports_group, writable);
  sc_agenda_editor_set_store (self->agenda_editor, store);
  gtk_widget_set_sensitive (GTK_WIDGET (self->agenda_editor), writable);
  if (store == NULL)
    gtk_label_set_label (self->company_note,
                         _("Open a company file to change its settings."));
  else if (!writable)
    gtk_label_set_label (self->company_note,
                         _("This company file is open read-only: its settings cannot change."));
  gtk_widget_set_visible (GTK_WIDGET (self->company_note), !writable);

  if (store != NULL)
    {
      load (self);
      g_signal_connect_object (sc_store_get_company (store), "notify",
                               G_CALLBACK (on_company_notify_cb), self, G_CONNECT_SWAPPED);
    }

  if (settings != NULL)
    {
      g_autofree char *lang = g_settings_get_string (settings, "interface-language");
      g_autofree char *style = g_settings_get_string (settings, "style");

      self->loading = TRUE;
      gtk_drop_down_set_selected (self->ui_lang_dropdown,
                                  index_of (ui_langs, G_N_ELEMENTS (ui_langs), lang));
      gtk_drop_down_set_selected (self->style_dropdown,
                                  index_of (styles, G_N_ELEMENTS (styles), style));
      self->loading = FALSE;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->ui_lang_dropdown), settings != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->style_dropdown), settings != NULL);

  return self;
}

const char *
sc_preferences_window_get_error (ScPreferencesWindow *self)
{
  g_return_val_if_fail (SC_IS_PREFERENCES_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->company_error)))
    return NULL;
  return gtk_label_get_label (self->company_error);
}
