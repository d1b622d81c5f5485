/* sc-team-step-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-team-step-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-plan.h"
#include "sc-team-step-view.h"

struct _ScTeamStepView
{
  GtkWidget    parent_instance;

  ScStore     *store;

  /* Template children */
  GtkListBox  *people_list;
  GtkEntry    *name_entry;
  GtkEntry    *role_entry;
  GtkEntry    *email_entry;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (ScTeamStepView, sc_team_step_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (ScTeamStepView *self,
            const char     *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The people of the file, as rows: the team so far. */
static void
update_list (ScTeamStepView *self)
{
  GListModel *people = self->store ? sc_store_get_list (self->store, &sc_person_table) : NULL;
  GtkWidget *child;
  guint n = people ? g_list_model_get_n_items (people) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->people_list))) != NULL)
    gtk_list_box_remove (self->people_list, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScRecord) person = g_list_model_get_item (people, i);
      const char *role = sc_record_get_text (person, SC_PERSON_ROLE);
      g_autofree char *text = *role ? g_strdup_printf ("%s — %s",
                                                       sc_record_get_text (person, SC_PERSON_NAME),
                                                       role)
                                    : g_strdup (sc_record_get_text (person, SC_PERSON_NAME));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_append (self->people_list, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->people_list), n > 0);
}

gboolean
sc_team_step_view_add (ScTeamStepView *self)
{
  g_autoptr(ScPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SC_IS_TEAM_STEP_VIEW (self), FALSE);

  if (self->store == NULL)
    return FALSE;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  person = sc_plan_new_person (self->store);
  sc_record_set_text (SC_RECORD (person), SC_PERSON_NAME, name);
  sc_record_set_text (SC_RECORD (person), SC_PERSON_ROLE,
                      gtk_editable_get_text (GTK_EDITABLE (self->role_entry)));
  sc_record_set_text (SC_RECORD (person), SC_PERSON_EMAIL,
                      gtk_editable_get_text (GTK_EDITABLE (self->email_entry)));
  if (!sc_plan_save_person (self->store, person, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (*name ? self->email_entry : self->name_entry));
      return FALSE;
    }

  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->role_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->email_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  update_list (self);
  return TRUE;
}

const char *
sc_team_step_view_get_error (ScTeamStepView *self)
{
  g_return_val_if_fail (SC_IS_TEAM_STEP_VIEW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_label (self->error_label) : NULL;
}

static void
on_entry_activate_cb (ScTeamStepView *self,
                      GtkEntry       *entry)
{
  sc_team_step_view_add (self);
}

static void
on_entry_changed_cb (ScTeamStepView *self,
                     GtkEditable    *editable)
{
  show_error (self, NULL);
}

static void
sc_team_step_view_add_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  sc_team_step_view_add (SC_TEAM_STEP_VIEW (widget));
}

static void
sc_team_step_view_done_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  ScTeamStepView *self = SC_TEAM_STEP_VIEW (widget);

  /* A name typed but not added is what the owner meant: keep it. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->name_entry)) != '\0' &&
      !sc_team_step_view_add (self))
    return;
  g_signal_emit (self, signals[DONE], 0);
}

static void
sc_team_step_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScTeamStepView *self = SC_TEAM_STEP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_team_step_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      sc_team_step_view_set_store (SC_TEAM_STEP_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_team_step_view_dispose (GObject *object)
{
  ScTeamStepView *self = SC_TEAM_STEP_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_TEAM_STEP_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_team_step_view_parent_class)->dispose (object);
}

static void
sc_team_step_view_class_init (ScTeamStepViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_team_step_view_dispose;
  object_class->get_property = sc_team_step_view_get_property;
  object_class->set_property = sc_team_step_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-team-step-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScTeamStepView, people_list);
  gtk_widget_class_bind_template_child (widget_class, ScTeamStepView, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ScTeamStepView, role_entry);
  gtk_widget_class_bind_template_child (widget_class, ScTeamStepView, email_entry);
  gtk_widget_class_bind_template_child (widget_class, ScTeamStepView, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "team.add", NULL, sc_team_step_view_add_action);
  gtk_widget_class_install_action (widget_class, "team.done", NULL, sc_team_step_view_done_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "teamstepview");
}

static void
sc_team_step_view_init (ScTeamStepView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
sc_team_step_view_set_store (ScTeamStepView *self,
                             ScStore        *store)
{
  g_return_if_fail (SC_IS_TEAM_STEP_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;
  update_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
