/* sc-welcome-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-welcome-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-l10n.h"
#include "sc-store.h"
#include "sc-welcome-view.h"

struct _ScWelcomeView
{
  GtkWidget      parent_instance;

  char          *folder;

  /* Template children */
  GtkRevealer   *create_revealer;
  GtkEntry      *name_entry;
  GtkLabel      *name_error;
  GtkDropDown   *currency_dropdown;
  GtkDropDown   *fiscal_dropdown;
  GtkDropDown   *week_dropdown;
  GtkLabel      *location_label;
  GtkLabel      *recent_title;
  GtkListBox    *recent_list;
};

G_DEFINE_FINAL_TYPE (ScWelcomeView, sc_welcome_view, GTK_TYPE_WIDGET)

enum {
  CREATE_COMPANY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *const currencies[] = { "CAD", "USD", "EUR" };

static void
update_location (ScWelcomeView *self)
{
  g_autofree char *text = NULL;

  if (self->folder == NULL)
    return;

  /* Translators: %s is a folder, for example /home/marie/Documents/SalesCadence. */
  text = g_strdup_printf (_("The company file will be saved in %s."), self->folder);
  gtk_label_set_label (self->location_label, text);
}

void
sc_welcome_view_set_error (ScWelcomeView *self,
                           const char    *message)
{
  g_return_if_fail (SC_IS_WELCOME_VIEW (self));

  gtk_label_set_label (self->name_error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_entry), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_entry), "error");
}

static void
on_name_changed_cb (ScWelcomeView *self,
                    GtkEditable   *editable)
{
  sc_welcome_view_set_error (self, NULL);
}

static void
on_recent_row_activated_cb (ScWelcomeView *self,
                            GtkListBoxRow *row,
                            GtkListBox    *box)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-recent", "s", path);
}

static void
sc_welcome_view_create_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  ScWelcomeView *self = SC_WELCOME_VIEW (widget);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  g_autoptr(ScRecord) company = NULL;
  guint currency = gtk_drop_down_get_selected (self->currency_dropdown);

  if (*name == '\0')
    {
      sc_welcome_view_set_error (self, _("Type the name of your company."));
      return;
    }
  if (g_utf8_strlen (name, -1) > 200)
    {
      sc_welcome_view_set_error (self, _("The name is too long: 200 characters at most."));
      return;
    }

  company = sc_record_new (SC_TYPE_COMPANY);
  sc_record_set_text (company, SC_COMPANY_NAME, name);
  sc_record_set_text (company, SC_COMPANY_CURRENCY,
                      currencies[MIN (currency, G_N_ELEMENTS (currencies) - 1)]);
  sc_record_set_int (company, SC_COMPANY_FISCAL_START_MONTH,
                     gtk_drop_down_get_selected (self->fiscal_dropdown) + 1);
  sc_record_set_int (company, SC_COMPANY_WEEK_START,
                     gtk_drop_down_get_selected (self->week_dropdown) == 1 ? 7 : 1);
  sc_record_set_int (company, SC_COMPANY_MEETING_WEEKDAY, G_DATE_MONDAY);
  sc_record_set_int (company, SC_COMPANY_MEETING_TIME, 8 * 60 + 30);
  sc_record_set_int (company, SC_COMPANY_MEETING_MINUTES, 30);
  sc_record_set_text (company, SC_COMPANY_REPORT_LANG, sc_lang_to_code (sc_l10n_ui_lang ()));
  sc_record_set_int (company, SC_COMPANY_TOLERANCE, 1000);

  g_signal_emit (self, signals[CREATE_COMPANY], 0, company);
}

static void
sc_welcome_view_show_create_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  sc_welcome_view_show_create (SC_WELCOME_VIEW (widget), TRUE);
}

static void
sc_welcome_view_hide_create_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  sc_welcome_view_show_create (SC_WELCOME_VIEW (widget), FALSE);
}

static void
sc_welcome_view_dispose (GObject *object)
{
  ScWelcomeView *self = SC_WELCOME_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_WELCOME_VIEW);
  /* The template's root child has no id: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->folder, g_free);

  G_OBJECT_CLASS (sc_welcome_view_parent_class)->dispose (object);
}

static void
sc_welcome_view_class_init (ScWelcomeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_welcome_view_dispose;

  /**
   * ScWelcomeView::create-company:
   * @company: the settings typed in the form, not saved yet
   */
  signals[CREATE_COMPANY] =
    g_signal_new ("create-company", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SC_TYPE_COMPANY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-welcome-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, create_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, name_error);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, currency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, fiscal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, week_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, location_label);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, recent_title);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomeView, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "welcome.create", NULL,
                                   sc_welcome_view_create_action);
  gtk_widget_class_install_action (widget_class, "welcome.show-create", NULL,
                                   sc_welcome_view_show_create_action);
  gtk_widget_class_install_action (widget_class, "welcome.hide-create", NULL,
                                   sc_welcome_view_hide_create_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "welcomeview");
}

static void
sc_welcome_view_init (ScWelcomeView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Most Québec companies close their books on 31 December or 31 March:
   * January is the safe default, shown first. */
  gtk_drop_down_set_selected (self->fiscal_dropdown, 0);
  sc_welcome_view_set_recent_files (self, NULL);
}

void
sc_welcome_view_set_recent_files (ScWelcomeView      *self,
                                  const char * const *paths)
{
  GtkWidget *child;
  guint n = 0;

  g_return_if_fail (SC_IS_WELCOME_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autofree char *base = g_path_get_basename (paths[i]);
      g_autofree char *display = g_filename_display_name (paths[i]);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title, *subtitle;

      if (g_str_has_suffix (base, SC_FILE_EXTENSION))
        base[strlen (base) - strlen (SC_FILE_EXTENSION)] = '\0';
      title = gtk_label_new (base);
      subtitle = gtk_label_new (display);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
      gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 8);
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), subtitle);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (paths[i]), g_free);
      gtk_list_box_append (self->recent_list, row);
      n++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_title), n > 0);
}

void
sc_welcome_view_set_folder (ScWelcomeView *self,
                            const char    *folder)
{
  g_return_if_fail (SC_IS_WELCOME_VIEW (self));

  g_free (self->folder);
  self->folder = g_filename_display_name (folder);
  update_location (self);
}

void
sc_welcome_view_show_create (ScWelcomeView *self,
                             gboolean       show)
{
  g_return_if_fail (SC_IS_WELCOME_VIEW (self));

  gtk_revealer_set_reveal_child (self->create_revealer, show);
  if (show)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}
