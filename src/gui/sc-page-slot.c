/* sc-page-slot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sc-page-slot.h"

struct _ScPageSlot
{
  GtkWidget  parent_instance;

  GType      page_type;
  GtkWidget *page;
};

G_DEFINE_FINAL_TYPE (ScPageSlot, sc_page_slot, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PAGE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
sc_page_slot_get_page (ScPageSlot *self)
{
  g_return_val_if_fail (SC_IS_PAGE_SLOT (self), NULL);

  if (self->page == NULL && self->page_type != G_TYPE_NONE)
    {
      self->page = g_object_new (self->page_type, NULL);
      gtk_widget_set_parent (self->page, GTK_WIDGET (self));
    }
  return self->page;
}

GtkWidget *
sc_page_slot_peek_page (ScPageSlot *self)
{
  g_return_val_if_fail (SC_IS_PAGE_SLOT (self), NULL);
  return self->page;
}

static void
sc_page_slot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScPageSlot *self = SC_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      g_value_set_gtype (value, self->page_type);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_page_slot_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ScPageSlot *self = SC_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      self->page_type = g_value_get_gtype (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_page_slot_dispose (GObject *object)
{
  ScPageSlot *self = SC_PAGE_SLOT (object);

  g_clear_pointer (&self->page, gtk_widget_unparent);

  G_OBJECT_CLASS (sc_page_slot_parent_class)->dispose (object);
}

static void
sc_page_slot_class_init (ScPageSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sc_page_slot_get_property;
  object_class->set_property = sc_page_slot_set_property;
  object_class->dispose = sc_page_slot_dispose;

  /* The type of the page, a GtkWidget; set once, when the slot is built. */
  properties[PROP_PAGE_TYPE] =
    g_param_spec_gtype ("page-type", NULL, NULL, GTK_TYPE_WIDGET,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pageslot");
}

static void
sc_page_slot_init (ScPageSlot *self)
{
  self->page_type = G_TYPE_NONE;
}
