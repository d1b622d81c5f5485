/* sc-shutdown-weeks-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The company's shutdown weeks (PRODUCT.md §3.1): the weeks the plant is
 * shut, when the targets of the indicators that add up drop to a declared
 * level; declared and removed here, each change with its Undo.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_SHUTDOWN_WEEKS_WINDOW (sc_shutdown_weeks_window_get_type ())

G_DECLARE_FINAL_TYPE (ScShutdownWeeksWindow, sc_shutdown_weeks_window, SC, SHUTDOWN_WEEKS_WINDOW,
                      GtkWindow)

ScShutdownWeeksWindow *sc_shutdown_weeks_window_new (GtkWindow             *parent,
                                                     ScStore               *store);
/* What "Declare Week" does: FALSE with a message at the fields. */
gboolean               sc_shutdown_weeks_window_add (ScShutdownWeeksWindow *self);

G_END_DECLS
