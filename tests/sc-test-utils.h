/* sc-test-utils.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the widget tests: a temporary company file, the real
 * application and window, a bounded main-loop wait, and rendering a widget
 * to PNG.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-application.h"
#include "sc-store.h"
#include "sc-window.h"

G_BEGIN_DECLS

/* gtk_test_init () forces the C locale; the widget tests need UTF-8 and
 * our catalogue directory. Call instead of gtk_test_init (). */
void           sc_test_init            (int          *argc,
                                        char       ***argv);

/* A temporary folder (removed with its files at exit) and a copy of the
 * sample company in it; years as for --new-sample --years. */
char          *sc_test_make_dir        (void);
char          *sc_test_make_sample     (guint         years);

/* The real application, registered without a session bus name. */
ScApplication *sc_test_application     (void);
/* A window of that application with the given file open (NULL: none). */
ScWindow      *sc_test_window          (const char   *path);

/* Iterates the main context until *flag is TRUE or timeout_ms passes;
 * returns *flag. */
gboolean       sc_test_wait_for        (gboolean     *flag,
                                        guint         timeout_ms);
/* Lets pending idles, layout and drawing run. */
void           sc_test_flush           (void);

/* Renders widget to a PNG file (GSK cairo renderer). */
gboolean       sc_test_render_png      (GtkWidget    *widget,
                                        const char   *path,
                                        GError      **error);
/* With SC_TEST_SHOTS_DIR set, renders widget (after the pending
 * drawing) to that folder as name: the pictures a reviewer looks at. */
void           sc_test_keep_shot       (GtkWidget    *widget,
                                        const char   *name);

/* Presses keyval on widget the way the keyboard does: through its key
 * controllers, until one handles it; returns whether one did. */
gboolean       sc_test_press_key       (GtkWidget    *widget,
                                        guint         keyval);

/* The first descendant of root of type type (depth first). */
GtkWidget     *sc_test_find_child      (GtkWidget    *root,
                                        GType         type);

G_END_DECLS
