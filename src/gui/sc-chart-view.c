/* sc-chart-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-chart-view.h"

typedef struct
{
  ScChartData   *data;
  int            highlight;
  /* The layout of the last frame: hit testing must use what was drawn. */
  ScChartLayout  layout;
  gboolean       has_layout;
} ScChartViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ScChartView, sc_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATA,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Theme ------------------------------------------------------------------- */

static void
color_from_rgba (ScChartColor  *color,
                 const GdkRGBA *rgba)
{
  *color = (ScChartColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* The first of the named colours the theme defines, if any; else color
 * keeps its default. */
static void
lookup_color (GtkStyleContext *context,
              ScChartColor    *color,
              const char      *name,
              const char      *fallback_name)
{
  GdkRGBA rgba;

  if (gtk_style_context_lookup_color (context, name, &rgba) ||
      (fallback_name != NULL && gtk_style_context_lookup_color (context, fallback_name, &rgba)))
    {
      color_from_rgba (color, &rgba);
      color->alpha = 1;
    }
}

static gboolean
is_dark (GtkWidget     *widget,
         const GdkRGBA *fg)
{
  gboolean prefer_dark = FALSE;
  g_autofree char *theme = NULL;

  g_object_get (gtk_widget_get_settings (widget),
                "gtk-application-prefer-dark-theme", &prefer_dark,
                "gtk-theme-name", &theme,
                NULL);
  /* A light text colour gives the dark style away too (HighContrastInverse). */
  return prefer_dark || (theme != NULL && g_str_has_suffix (theme, "-dark")) ||
         0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue > 0.5;
}

/* Axis labels a little smaller than the text around them. */
static void
take_widget_font (GtkWidget    *widget,
                  ScChartStyle *style)
{
  const PangoFontDescription *font =
    pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  int size;

  if (font == NULL)
    return;
  size = pango_font_description_get_size (font);
  pango_font_description_free (style->font);
  style->font = pango_font_description_copy (font);
  if (size > 0)
    pango_font_description_set_size (style->font, MAX (size * 9 / 10, 7 * PANGO_SCALE));
}

void
sc_chart_view_get_style (ScChartView  *self,
                         ScChartStyle *style)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  ScChartColor *status[] = { &style->series, &style->on_target, &style->watch,
                             &style->off_target };
  gboolean dark;
  GdkRGBA fg;

  g_return_if_fail (SC_IS_CHART_VIEW (self));

  /* GTK 4.8 way to read the CSS colour (gtk_widget_get_color is 4.10). */
  gtk_style_context_get_color (context, &fg);
  dark = is_dark (widget, &fg);
  if (dark)
    sc_chart_style_init_dark (style, 9);
  else
    sc_chart_style_init_light (style, 9);
  take_widget_font (widget, style);

  /* The widget lies on the view: leave its background alone. */
  style->background.alpha = 0;
  color_from_rgba (&style->foreground, &fg);
  style->dim = style->foreground;
  style->dim.alpha *= 0.62;
  style->grid = style->foreground;
  style->grid.alpha *= 0.11;
  lookup_color (context, &style->surface, "view_bg_color", "theme_base_color");
  /* libadwaita's accent colours; GTK 4.8's Adwaita has none, and its
   * selection blue is too dark for a line in the dark style: the defaults
   * then. accent_color is the accent made to read on the dark view. */
  lookup_color (context, &style->series, dark ? "accent_color" : "accent_bg_color", NULL);
  lookup_color (context, &style->on_target, "success_color", NULL);
  lookup_color (context, &style->watch, "warning_color", NULL);
  lookup_color (context, &style->off_target, "error_color", NULL);

  /* Markers and lines need 3:1 against the view (WCAG 1.4.11); some
   * themes' success green is paler than that on white. */
  for (guint i = 0; i < G_N_ELEMENTS (status); i++)
    sc_chart_color_ensure_contrast (status[i], &style->surface, &style->foreground, 3);
  style->bar = style->series;
}

/* Highlight --------------------------------------------------------------- */

static guint
n_points (ScChartView *self)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);

  return sc_chart_data_get_n_points (priv->data);
}

char *
sc_chart_view_dup_description (ScChartView *self)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);
  int index;

  g_return_val_if_fail (SC_IS_CHART_VIEW (self), NULL);

  index = priv->highlight >= 0 ? priv->highlight : sc_chart_data_last_valued (priv->data);
  if (index < 0)
    return NULL;
  return sc_chart_describe_point (priv->data, index);
}

static void
update_description (ScChartView *self)
{
  g_autofree char *description = sc_chart_view_dup_description (self);

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

void
sc_chart_view_set_highlight (ScChartView *self,
                             int          index)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);

  g_return_if_fail (SC_IS_CHART_VIEW (self));

  if (index < 0 || (guint) index >= n_points (self))
    index = -1;
  if (priv->highlight == index)
    return;

  priv->highlight = index;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

int
sc_chart_view_highlight_at (ScChartView *self,
                            double       x,
                            double       y)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);
  int index;

  g_return_val_if_fail (SC_IS_CHART_VIEW (self), -1);

  index = priv->has_layout ? sc_chart_layout_hit_test (&priv->layout, x, y) : -1;
  /* Leaving the points keeps the keyboard's choice while focused. */
  if (index >= 0 || !gtk_widget_has_focus (GTK_WIDGET (self)))
    sc_chart_view_set_highlight (self, index);
  return index;
}

static void
move_highlight (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ScChartView *self = SC_CHART_VIEW (widget);
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);
  int last = (int) n_points (self) - 1, index = priv->highlight;

  if (last < 0)
    return;
  if (g_str_equal (action_name, "chart.first"))
    index = 0;
  else if (g_str_equal (action_name, "chart.last"))
    index = last;
  else if (index < 0)
    index = MAX (sc_chart_data_last_valued (priv->data), 0);
  else if (g_str_equal (action_name, "chart.previous"))
    index = MAX (index - 1, 0);
  else
    index = MIN (index + 1, last);
  sc_chart_view_set_highlight (self, index);
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              ScChartView              *self)
{
  sc_chart_view_highlight_at (self, x, y);
}

/* A click picks a point and takes the focus, so the arrows go on from it. */
static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               ScChartView     *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  sc_chart_view_highlight_at (self, x, y);
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             ScChartView              *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    sc_chart_view_set_highlight (self, -1);
}

/* Focus shows the latest value at once: the callout is the focus mark. */
static void
on_focus_enter_cb (GtkEventControllerFocus *focus,
                   ScChartView             *self)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);

  if (priv->highlight < 0)
    sc_chart_view_set_highlight (self, sc_chart_data_last_valued (priv->data));
}

static void
on_focus_leave_cb (GtkEventControllerFocus *focus,
                   ScChartView             *self)
{
  sc_chart_view_set_highlight (self, -1);
}

/* Data -------------------------------------------------------------------- */

void
sc_chart_view_set_data (ScChartView       *self,
                        const ScChartData *data)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);

  g_return_if_fail (SC_IS_CHART_VIEW (self));

  if (sc_chart_data_equal (priv->data, data))
    return;

  g_clear_pointer (&priv->data, sc_chart_data_free);
  priv->data = data != NULL ? sc_chart_data_copy (data) : NULL;
  priv->has_layout = FALSE;
  if (priv->highlight >= (int) n_points (self))
    sc_chart_view_set_highlight (self, -1);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

const ScChartData *
sc_chart_view_get_data (ScChartView *self)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);

  g_return_val_if_fail (SC_IS_CHART_VIEW (self), NULL);

  return priv->data;
}

int
sc_chart_view_get_highlight (ScChartView *self)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);

  g_return_val_if_fail (SC_IS_CHART_VIEW (self), -1);

  return priv->highlight;
}

/* GtkWidget --------------------------------------------------------------- */

static void
sc_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  ScChartView *self = SC_CHART_VIEW (widget);
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);
  ScChartViewClass *klass = SC_CHART_VIEW_GET_CLASS (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_auto(ScChartStyle) style = { 0 };
  cairo_t *cr;

  if (width <= 0 || height <= 0 || n_points (self) == 0)
    return;

  sc_chart_view_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sc_chart_prepare (&priv->layout, cr, klass->kind, priv->data, &style,
                    &(ScChartRect) { 0, 0, width, height });
  priv->has_layout = TRUE;
  sc_chart_paint (cr, &priv->layout, priv->data, &style, priv->highlight);
  cairo_destroy (cr);
}

static void
sc_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  ScChartViewClass *klass = SC_CHART_VIEW_GET_CLASS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = klass->min_width;
      *natural = klass->natural_width;
    }
  else
    {
      *minimum = klass->min_height;
      *natural = klass->natural_height;
    }
}

/* The colours come from the theme: a change of style (dark, high
 * contrast) repaints. */
static void
sc_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sc_chart_view_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

/* GObject ----------------------------------------------------------------- */

/* In instance init the class is still ScChartView's: what depends on the
 * subclass waits for constructed. */
static void
sc_chart_view_constructed (GObject *object)
{
  ScChartView *self = SC_CHART_VIEW (object);
  ScChartViewClass *klass = SC_CHART_VIEW_GET_CLASS (self);
  GtkEventController *controller;

  G_OBJECT_CLASS (sc_chart_view_parent_class)->constructed (object);

  if (klass->accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _(klass->accessible_label), -1);
  if (!klass->interactive)
    {
      static const char *const actions[] = { "chart.previous", "chart.next", "chart.first",
                                             "chart.last" };

      for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], FALSE);
      return;
    }

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect (controller, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
sc_chart_view_finalize (GObject *object)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (SC_CHART_VIEW (object));

  g_clear_pointer (&priv->data, sc_chart_data_free);

  G_OBJECT_CLASS (sc_chart_view_parent_class)->finalize (object);
}

static void
sc_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScChartView *self = SC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_boxed (value, sc_chart_view_get_data (self));
      break;
    case PROP_HIGHLIGHT:
      g_value_set_int (value, sc_chart_view_get_highlight (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScChartView *self = SC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      sc_chart_view_set_data (self, g_value_get_boxed (value));
      break;
    case PROP_HIGHLIGHT:
      sc_chart_view_set_highlight (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_key (GtkWidgetClass *widget_class,
         guint           key,
         guint           keypad_key,
         const char     *action)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, action, NULL);
  gtk_widget_class_add_binding_action (widget_class, keypad_key, 0, action, NULL);
}

static void
sc_chart_view_class_init (ScChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sc_chart_view_constructed;
  object_class->finalize = sc_chart_view_finalize;
  object_class->get_property = sc_chart_view_get_property;
  object_class->set_property = sc_chart_view_set_property;

  widget_class->snapshot = sc_chart_view_snapshot;
  widget_class->measure = sc_chart_view_measure;
  widget_class->css_changed = sc_chart_view_css_changed;

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, SC_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT] =
    g_param_spec_int ("highlight", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.previous", NULL, move_highlight);
  gtk_widget_class_install_action (widget_class, "chart.next", NULL, move_highlight);
  gtk_widget_class_install_action (widget_class, "chart.first", NULL, move_highlight);
  gtk_widget_class_install_action (widget_class, "chart.last", NULL, move_highlight);
  add_key (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, "chart.previous");
  add_key (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, "chart.next");
  add_key (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, "chart.first");
  add_key (widget_class, GDK_KEY_End, GDK_KEY_KP_End, "chart.last");

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sc_chart_view_init (ScChartView *self)
{
  ScChartViewPrivate *priv = sc_chart_view_get_instance_private (self);

  priv->highlight = -1;
}
