/* sc-test-files.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the data-safety tests (no GTK): company files to spoil, their
 * bytes, and helper programs run as another process, as an unprivileged
 * user when the tests run as root (CI does): root may write a read-only
 * file, so permission cases would pass for the wrong reason.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The uid and gid permission cases run as when the tests run as root. */
#define SC_TEST_NOBODY 65534

/* Instead of g_test_init (): the C.UTF-8 locale, and a home and XDG
 * folders of our own for the whole run (set in the environment, so child
 * processes use them too). Not G_TEST_OPTION_ISOLATE_DIRS: GLib 2.74
 * leaks the folders of each test case on purpose, which LeakSanitizer
 * reports and cannot tell from ours. */
void       sc_test_files_init           (int          *argc,
                                         char       ***argv);

/* A new folder under the temporary folder that the unprivileged user can
 * use too (0755, owned by it when we are root); removed at exit. */
char      *sc_test_files_make_dir       (void);
/* The sample company written to dir/name. */
char      *sc_test_files_sample         (const char   *dir,
                                         const char   *name);
GBytes    *sc_test_files_read           (const char   *path);
/* Asserts that path holds exactly bytes. */
void       sc_test_files_assert_bytes   (const char   *path,
                                         GBytes       *bytes);
/* Writes a page of garbage over page number page (counted from 0) of a
 * 4 KiB-page file. */
void       sc_test_files_damage         (const char   *path,
                                         guint         page);
/* Gives path to the unprivileged user when we are root, then sets mode. */
void       sc_test_files_give           (const char   *path,
                                         int           mode);
/* Whether permission cases need another user (we are root). */
gboolean   sc_test_files_is_root        (void);

/* The path of a program built next to the tests. */
char      *sc_test_files_program        (const char   *name);
/* argv prefixed, when we are root, with what runs it as the unprivileged
 * user (setpriv). */
GStrv      sc_test_files_as_user_argv   (const char * const *argv);
/* Runs argv to completion; returns its exit status, its output in
 * *output (may be NULL). */
int        sc_test_files_run            (const char * const *argv,
                                         char        **output);

G_END_DECLS
