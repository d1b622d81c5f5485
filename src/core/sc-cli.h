/* sc-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line of PRODUCT.md §5 for scripts and tests: it runs without
 * a display and without GTK. Every failure prints one sentence on stderr
 * and gives a non-zero exit status; a bad command line gives a usage
 * message and exit status 2. A file given as input is never modified.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* When argv asks for a command-line job (or is invalid), runs it, sets
 * *exit_status and returns TRUE. Returns FALSE when the application should
 * start normally with argv unchanged. */
gboolean sc_cli_run (int    argc,
                     char **argv,
                     int   *exit_status);

G_END_DECLS
