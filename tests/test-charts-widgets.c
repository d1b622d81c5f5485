/* test-charts-widgets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart widgets under a virtual display: each is shown in a window
 * with data, drawn, and driven by its keyboard actions and by hit testing;
 * the highlighted point is checked, and so is what assistive technologies
 * are told. The theme's colours stay legible in the dark style.
 *
 * SC_TEST_SHOTS_DIR=/some/dir keeps PNG renderings of the widgets there.
 */

#include "config.h"

#include <math.h>

#include "sc-bar-chart.h"
#include "sc-calendar.h"
#include "sc-sparkline.h"
#include "sc-test-utils.h"
#include "sc-trend-chart.h"

/* The sample company's weekly sales (k$) from 2025-03-31; week 8 has no
 * figure yet, the last one is provisional. */
static ScChartData *
sample_weeks (guint n)
{
  static const double sales[] = { 148, 156, 128, 131, 162, 171, 158, NAN, 166, 174, 169, 177,
                                  121, 118, 182, 196, 18, 12, 139, 163 };
  ScChartData *data = sc_chart_data_new (SC_LANG_EN, SC_UNIT_CURRENCY, NULL,
                                         SC_DIRECTION_HIGHER, 0.10, SC_PERIOD_WEEK);

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (sales));
  for (guint i = 0; i < n; i++)
    {
      double target = i == 16 || i == 17 ? 20000 : 150000, value = sales[i] * 1000;
      ScStatus status = isnan (value) ? SC_STATUS_NONE
                      : value >= target ? SC_STATUS_ON_TARGET
                      : value >= 0.9 * target ? SC_STATUS_WATCH : SC_STATUS_OFF_TARGET;

      sc_chart_data_add (data, sc_day_from_ymd (2025, 3, 31) + 7 * i, value, target, status,
                         i == n - 1);
    }
  return data;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Redraws widget and waits until the frame is painted. */
static void
wait_drawn (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  g_assert_true (sc_test_wait_for (&painted, 5000));
  g_signal_handler_disconnect (clock, id);
}

/* Shows widget with data in a window, drawn, after a button that takes
 * the focus first. */
static GtkWindow *
show (GtkWidget         *widget,
      const ScChartData *data,
      int                width,
      int                height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  sc_chart_view_set_data (SC_CHART_VIEW (widget), data);

  gtk_widget_set_vexpand (widget, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Before"));
  gtk_box_append (GTK_BOX (box), widget);
  gtk_window_set_child (window, box);
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  sc_test_flush ();
  wait_drawn (widget);
  return window;
}

/* The window, for the theme's background under the chart. */
static void
keep_shot (GtkWidget  *widget,
           const char *name)
{
  wait_drawn (widget);
  sc_test_keep_shot (GTK_WIDGET (gtk_widget_get_root (widget)), name);
}

static void
assert_description (GtkWidget  *widget,
                    const char *expected)
{
  g_autofree char *description = sc_chart_view_dup_description (SC_CHART_VIEW (widget));

  g_assert_cmpstr (description, ==, expected);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
}

static int
activate (GtkWidget  *widget,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  return sc_chart_view_get_highlight (SC_CHART_VIEW (widget));
}

static void
test_trend_keyboard (void)
{
  GtkWidget *chart = sc_trend_chart_new ();
  g_autoptr(ScChartData) data = sample_weeks (20);
  GtkWindow *window;

  window = show (chart, data, 700, 320);

  g_assert_true (gtk_widget_get_focusable (chart));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Trend chart");
  g_assert_cmpint (sc_chart_view_get_highlight (SC_CHART_VIEW (chart)), ==, -1);
  /* Nothing highlighted: the latest value is described. */
  assert_description (chart, "Week of August 11, 2025, Actual $163,000 (provisional), "
                             "Target $150,000, On target");

  /* The first arrow press starts from the latest value. */
  g_assert_cmpint (activate (chart, "chart.previous"), ==, 19);
  sc_chart_view_set_highlight (SC_CHART_VIEW (chart), -1);
  /* So does the focus: the callout is the focus mark. */
  g_assert_true (gtk_widget_grab_focus (chart));
  g_assert_cmpint (sc_chart_view_get_highlight (SC_CHART_VIEW (chart)), ==, 19);
  g_assert_cmpint (activate (chart, "chart.previous"), ==, 18);
  assert_description (chart, "Week of August 4, 2025, Actual $139,000, Target $150,000, "
                             "To watch");
  g_assert_cmpint (activate (chart, "chart.first"), ==, 0);
  g_assert_cmpint (activate (chart, "chart.previous"), ==, 0);
  g_assert_cmpint (activate (chart, "chart.next"), ==, 1);
  g_assert_cmpint (activate (chart, "chart.last"), ==, 19);
  g_assert_cmpint (activate (chart, "chart.next"), ==, 19);

  /* The missing week can be reached, and says so. */
  sc_chart_view_set_highlight (SC_CHART_VIEW (chart), 7);
  assert_description (chart, "Week of May 19, 2025, Actual \xe2\x80\x94, Target $150,000");
  keep_shot (chart, "trend-widget.png");

  /* Fewer points: a highlight beyond them goes. */
  sc_chart_view_set_highlight (SC_CHART_VIEW (chart), 15);
  g_clear_pointer (&data, sc_chart_data_free);
  data = sample_weeks (13);
  sc_chart_view_set_data (SC_CHART_VIEW (chart), data);
  g_assert_cmpint (sc_chart_view_get_highlight (SC_CHART_VIEW (chart)), ==, -1);
  gtk_window_destroy (window);
}

/* Sweeping the pointer across the drawn chart meets every week, in order,
 * and nothing over the value labels. */
static void
test_trend_pointer (void)
{
  GtkWidget *chart = sc_trend_chart_new ();
  g_autoptr(ScChartData) data = sample_weeks (13);
  GtkWindow *window;
  int width, height, last = -1;

  window = show (chart, data, 640, 300);
  width = gtk_widget_get_width (chart);
  height = gtk_widget_get_height (chart);
  g_assert_cmpint (width, >=, 600);

  g_assert_cmpint (sc_chart_view_highlight_at (SC_CHART_VIEW (chart), 2, height / 2), ==, -1);
  g_assert_cmpint (sc_chart_view_get_highlight (SC_CHART_VIEW (chart)), ==, -1);
  for (int x = 0; x < width; x++)
    {
      int index = sc_chart_view_highlight_at (SC_CHART_VIEW (chart), x, height / 2);

      if (index < 0)
        continue;
      g_assert_cmpint (index, >=, last);
      g_assert_cmpint (index, <=, last + 1);
      g_assert_cmpint (sc_chart_view_get_highlight (SC_CHART_VIEW (chart)), ==, index);
      last = index;
    }
  g_assert_cmpint (last, ==, 12);
  gtk_window_destroy (window);
}

static void
test_bars (void)
{
  GtkWidget *chart = sc_bar_chart_new ();
  g_autoptr(ScChartData) data = sc_chart_data_new (SC_LANG_EN, SC_UNIT_CURRENCY, NULL,
                                                   SC_DIRECTION_HIGHER, 0.10, SC_PERIOD_MONTH);
  static const double actual[] = { 563, 791, 641, 526, 630, 664 };
  static const double target[] = { 540, 720, 570, 460, 600, 570 };
  GtkWindow *window;

  for (guint i = 0; i < G_N_ELEMENTS (actual); i++)
    sc_chart_data_add (data, sc_day_from_ymd (2025, 4 + i, 1), actual[i] * 1000,
                       target[i] * 1000, SC_STATUS_ON_TARGET, FALSE);
  window = show (chart, data, 560, 280);

  g_assert_true (gtk_widget_get_focusable (chart));
  g_assert_cmpint (activate (chart, "chart.next"), ==, 5);
  g_assert_cmpint (activate (chart, "chart.previous"), ==, 4);
  assert_description (chart, "August 2025, Actual $630,000, Target $600,000, On target");
  keep_shot (chart, "bars-widget.png");

  /* The same data again changes nothing. */
  g_assert_cmpint (activate (chart, "chart.first"), ==, 0);
  sc_chart_view_set_data (SC_CHART_VIEW (chart), data);
  g_assert_cmpint (sc_chart_view_get_highlight (SC_CHART_VIEW (chart)), ==, 0);
  gtk_window_destroy (window);
}

static void
test_sparkline (void)
{
  GtkWidget *chart = sc_sparkline_new ();
  g_autoptr(ScChartData) data = sample_weeks (18);
  GtkWindow *window;

  window = show (chart, data, 120, 32);

  /* Part of a tile, which takes the focus: no keys of its own. */
  g_assert_false (gtk_widget_get_focusable (chart));
  gtk_widget_activate_action (chart, "chart.previous", NULL);
  g_assert_cmpint (sc_chart_view_get_highlight (SC_CHART_VIEW (chart)), ==, -1);
  assert_description (chart, "Week of July 28, 2025, Actual $12,000 (provisional), "
                             "Target $20,000, Off target");
  keep_shot (chart, "sparkline-widget.png");
  gtk_window_destroy (window);
}

static double
luminance (const ScChartColor *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

/* The theme's colours, light and dark: text reads on the view, markers
 * stand out of it. */
static void
test_theme_colours (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *chart = sc_trend_chart_new ();
  g_autoptr(ScChartData) data = sample_weeks (20);
  GtkWindow *window;

  window = show (chart, data, 640, 300);

  for (int dark = 0; dark <= 1; dark++)
    {
      g_auto(ScChartStyle) style = { 0 };
      const ScChartColor *marks[] = { &style.series, &style.on_target, &style.watch,
                                      &style.off_target };

      g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
      sc_test_flush ();
      sc_chart_view_get_style (SC_CHART_VIEW (chart), &style);
      g_assert_nonnull (style.font);
      g_assert_cmpfloat (style.background.alpha, ==, 0);
      if (dark)
        g_assert_cmpfloat (luminance (&style.foreground), >, 0.6);
      else
        g_assert_cmpfloat (luminance (&style.foreground), <, 0.4);
      g_assert_cmpfloat (sc_chart_color_contrast (&style.foreground, &style.surface), >, 7);
      for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
        g_assert_cmpfloat (sc_chart_color_contrast (marks[i], &style.surface), >=, 2.99);
      sc_chart_view_set_highlight (SC_CHART_VIEW (chart), 16);
      keep_shot (chart, dark ? "trend-widget-dark.png" : "trend-widget-light.png");
    }
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  g_test_add_func ("/charts-widgets/trend/keyboard", test_trend_keyboard);
  g_test_add_func ("/charts-widgets/trend/pointer", test_trend_pointer);
  g_test_add_func ("/charts-widgets/bars", test_bars);
  g_test_add_func ("/charts-widgets/sparkline", test_sparkline);
  g_test_add_func ("/charts-widgets/theme", test_theme_colours);

  return g_test_run ();
}
