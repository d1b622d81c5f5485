/* sc-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_APPLICATION (sc_application_get_type ())

G_DECLARE_FINAL_TYPE (ScApplication, sc_application, SC, APPLICATION, GtkApplication)

ScApplication *sc_application_new                     (void);

/* Sets LANGUAGE from the interface-language preference. Call first thing
 * in main (), before setlocale () and before any thread starts. */
void           sc_application_apply_language_override (void);
/* Where the catalogues are: $SALESCADENCE_LOCALEDIR (uninstalled runs and
 * tests) or the install location. */
const char    *sc_application_get_localedir           (void);

/* NULL when the schema is not installed (then nothing is remembered). */
GSettings     *sc_application_get_settings            (ScApplication *self);

/* The folder new company files go to (created if needed). */
char          *sc_application_dup_company_folder      (void);
/* Remembers path as the last file opened and at the head of the recent
 * files. */
void           sc_application_remember_file           (ScApplication *self,
                                                       const char    *path);
void           sc_application_forget_file             (ScApplication *self,
                                                       const char    *path);
/* Recent files that still exist, most recent first. */
char         **sc_application_dup_recent_files        (ScApplication *self);

G_END_DECLS
