/* bench-minimal-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor of the start-up benchmark: the smallest GTK 4 application with
 * a window and a header bar. It says when its first frame is painted and
 * quits, as SalesCadence does with SALESCADENCE_QUIT_AFTER_FIRST_FRAME.
 */

#include <gtk/gtk.h>

static void
on_after_paint_cb (GdkFrameClock  *clock,
                   GtkApplication *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, app);
  g_print ("first-frame\n");
  fflush (stdout);
  g_application_quit (G_APPLICATION (app));
}

static void
on_realize_cb (GtkWidget      *window,
               GtkApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), app);
}

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("com.example.SalesCadence.Floor",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
