/* export-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the company file of the workbook checks (sc-export-fixture.h) to
 * FILE and the core's figures for it to FIGURES.json, for
 * tests/check-workbook.py: `export-fixture FILE FIGURES.json`.
 */

#include "config.h"

#include <locale.h>

#include "sc-export-fixture.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = NULL;
  g_autofree char *figures = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 3)
    {
      g_printerr ("usage: export-fixture FILE FIGURES.json\n");
      return 2;
    }

  if (!sc_export_fixture_write (argv[1], &error))
    goto fail;
  store = sc_store_open (argv[1], SC_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    goto fail;
  figures = sc_export_fixture_figures (store);
  if (!g_file_set_contents (argv[2], figures, -1, &error))
    goto fail;
  return 0;

fail:
  g_printerr ("%s\n", error->message);
  return 1;
}
