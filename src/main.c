/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScApplication) app = NULL;
  int status;

  /* Before setlocale () and any translated string: the override only
   * works if LANGUAGE is set first. */
  sc_application_apply_language_override ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, sc_application_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (sc_cli_run (argc, argv, &status))
    return status;

  app = sc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
