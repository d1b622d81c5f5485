/* sc-person-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-person-row"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-person-row.h"
#include "sc-plan-ui.h"

struct _ScPersonRow
{
  GtkListBoxRow  parent_instance;

  ScStore       *store;
  ScPerson      *person;
  char          *load_text;

  /* Template children */
  GtkLabel      *initials_label;
  GtkLabel      *name_label;
  GtkWidget     *inactive_label;
  GtkLabel      *details_label;
  GtkLabel      *load_label;
  GtkLabel      *late_label;
  GtkWidget     *edit_button;
  GtkMenuButton *menu_button;
};

G_DEFINE_FINAL_TYPE (ScPersonRow, sc_person_row, GTK_TYPE_LIST_BOX_ROW)

/* "NB" for Nathalie Bergeron, "MP" for Marc-André Pelletier, "LF" for
 * "Luc Fortin, CPA": first and last words before any comma. */
static char *
initials (const char *name)
{
  g_autofree char *base = g_strdup (name);
  char *comma = strchr (base, ',');
  g_auto(GStrv) words = NULL;
  GString *text = g_string_new (NULL);
  const char *first = NULL, *last = NULL;

  if (comma != NULL)
    *comma = '\0';
  words = g_strsplit_set (base, " -", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (!g_unichar_isalpha (g_utf8_get_char_validated (words[i], -1)))
        continue;
      if (first == NULL)
        first = words[i];
      else
        last = words[i];
    }
  if (first != NULL)
    g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (first)));
  if (last != NULL)
    g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (last)));
  return g_string_free (text, FALSE);
}

static GMenuModel *
build_menu (ScPersonRow *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) toggle = NULL;
  g_autoptr(GMenuItem) delete = NULL;
  gint64 id = sc_record_get_id (SC_RECORD (self->person));
  gboolean active = sc_record_get_bool (SC_RECORD (self->person), SC_PERSON_ACTIVE);

  toggle = g_menu_item_new (active ? _("_Deactivate…") : _("_Reactivate"),
                            active ? "people.deactivate" : "people.reactivate");
  g_menu_item_set_action_and_target_value (toggle, active ? "people.deactivate"
                                                          : "people.reactivate",
                                           g_variant_new_int64 (id));
  g_menu_append_item (menu, toggle);
  delete = g_menu_item_new (_("De_lete…"), NULL);
  g_menu_item_set_action_and_target_value (delete, "people.delete", g_variant_new_int64 (id));
  g_menu_append_item (menu, delete);
  return G_MENU_MODEL (menu);
}

static void
update_load (ScPersonRow *self)
{
  ScPersonLoad load;
  g_autofree char *late = NULL;

  sc_plan_person_load (self->store, sc_record_get_id (SC_RECORD (self->person)),
                       sc_store_get_today (self->store), &load);
  g_free (self->load_text);
  self->load_text = sc_plan_describe_open_items (&load);
  gtk_label_set_label (self->load_label, self->load_text);
  if (load.open_actions + load.open_priorities + load.active_kpis == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->load_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->load_label), "dim-label");

  if (load.overdue_actions > 0)
    late = sc_plan_ui_lateness (load.overdue_actions, load.days_late);
  gtk_label_set_label (self->late_label, late ? late : "");
  gtk_widget_set_visible (GTK_WIDGET (self->late_label), late != NULL);
  sc_plan_ui_set_tone (GTK_WIDGET (self->late_label), late ? SC_TONE_LATE : SC_TONE_NORMAL);
}

void
sc_person_row_refresh (ScPersonRow *self)
{
  ScRecord *p;
  g_autofree char *letters = NULL;
  g_autofree char *details = NULL;
  g_autoptr(GMenuModel) menu = NULL;
  const char *role, *email;
  gboolean active;

  g_return_if_fail (SC_IS_PERSON_ROW (self));

  p = SC_RECORD (self->person);
  active = sc_record_get_bool (p, SC_PERSON_ACTIVE);
  role = sc_record_get_text (p, SC_PERSON_ROLE);
  email = sc_record_get_text (p, SC_PERSON_EMAIL);
  letters = initials (sc_record_get_text (p, SC_PERSON_NAME));
  gtk_label_set_label (self->initials_label, letters);
  gtk_label_set_label (self->name_label, sc_record_get_text (p, SC_PERSON_NAME));
  if (*role && *email)
    details = g_strdup_printf (_("%s · %s"), role, email);
  else
    details = g_strdup (*role ? role : email);
  gtk_label_set_label (self->details_label, details);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->details_label), details);
  gtk_widget_set_visible (self->inactive_label, !active);
  if (active)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "inactive");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "inactive");
  update_load (self);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "x",
                                    sc_record_get_id (p));
  menu = build_menu (self);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

static void
sc_person_row_dispose (GObject *object)
{
  ScPersonRow *self = SC_PERSON_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PERSON_ROW);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_person_row_parent_class)->dispose (object);
}

static void
sc_person_row_finalize (GObject *object)
{
  ScPersonRow *self = SC_PERSON_ROW (object);

  g_free (self->load_text);

  G_OBJECT_CLASS (sc_person_row_parent_class)->finalize (object);
}

static void
sc_person_row_class_init (ScPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_person_row_dispose;
  object_class->finalize = sc_person_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-person-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ScPersonRow, initials_label);
  gtk_widget_class_bind_template_child (widget_class, ScPersonRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ScPersonRow, inactive_label);
  gtk_widget_class_bind_template_child (widget_class, ScPersonRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, ScPersonRow, load_label);
  gtk_widget_class_bind_template_child (widget_class, ScPersonRow, late_label);
  gtk_widget_class_bind_template_child (widget_class, ScPersonRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, ScPersonRow, menu_button);
}

static void
sc_person_row_init (ScPersonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
on_person_notify_cb (ScPersonRow *self)
{
  sc_person_row_refresh (self);
}

ScPersonRow *
sc_person_row_new (ScStore  *store,
                   ScPerson *person)
{
  ScPersonRow *self;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (SC_IS_PERSON (person), NULL);

  self = g_object_new (SC_TYPE_PERSON_ROW, NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);
  g_signal_connect_object (person, "notify", G_CALLBACK (on_person_notify_cb), self,
                           G_CONNECT_SWAPPED);
  sc_person_row_refresh (self);
  return self;
}

ScPerson *
sc_person_row_get_person (ScPersonRow *self)
{
  g_return_val_if_fail (SC_IS_PERSON_ROW (self), NULL);
  return self->person;
}

const char *
sc_person_row_get_load_text (ScPersonRow *self)
{
  g_return_val_if_fail (SC_IS_PERSON_ROW (self), NULL);
  return self->load_text;
}
