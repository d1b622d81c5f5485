/* sc-open-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window says when a company file cannot be opened for writing:
 * not a company file, damaged, in use elsewhere, unreadable, gone. Each
 * message says what happened, that the file was left as it is, and what
 * the user can do; a damaged file is offered its latest sound backup
 * (copied next to it as a new file and opened) and, when SQLite can still
 * read it, a read-only view of what is left.
 */

#pragma once

#include "sc-window.h"

G_BEGIN_DECLS

/* Presents the message for error, raised opening path, over window;
 * returns it (or, when this program has the file open in another window,
 * that window, presented). */
GtkWindow *sc_open_error_present (ScWindow     *window,
                                  const char   *path,
                                  const GError *error);

G_END_DECLS
