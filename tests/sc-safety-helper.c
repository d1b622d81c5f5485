/* sc-safety-helper.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Another process for the data-safety tests, often as another user:
 *
 *   sc-safety-helper hold PATH        opens PATH, says "held", keeps it
 *                                     open until its input closes
 *   sc-safety-helper open PATH COPY   opens PATH, tries a change and a
 *                                     copy to COPY, says how each went
 *
 * It prints "key=value" lines; the tests judge them.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include "sc-store.h"

static const char *
code_name (const GError *error)
{
  static const char *const names[] = {
    "not-found", "exists", "not-ours", "damaged", "newer", "read-only", "busy",
    "invalid", "io", "failed",
  };

  if (error == NULL)
    return "ok";
  if (error->domain != SC_STORE_ERROR || error->code < 0 ||
      error->code >= (int) G_N_ELEMENTS (names))
    return "other";
  return names[error->code];
}

static ScStore *
open_and_say (const char *path)
{
  g_autoptr(GError) error = NULL;
  ScStore *store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);

  printf ("open=%s\n", code_name (error));
  if (error != NULL)
    printf ("message=%s\n", error->message);
  fflush (stdout);
  return store;
}

static int
hold (const char *path)
{
  g_autoptr(ScStore) store = open_and_say (path);
  char buf[64];

  if (store == NULL)
    return 1;
  printf ("held\n");
  fflush (stdout);
  while (fread (buf, 1, sizeof buf, stdin) > 0)
    ;
  return 0;
}

static int
try_open (const char *path,
          const char *copy)
{
  g_autoptr(ScStore) store = open_and_say (path);
  g_autoptr(ScRecord) person = sc_record_new (SC_TYPE_PERSON);
  g_autoptr(GError) put_error = NULL;
  g_autoptr(GError) copy_error = NULL;

  if (store == NULL)
    return 0;

  printf ("uid=%d\n", (int) geteuid ());
  printf ("read-only=%d\n", sc_store_get_read_only (store));
  printf ("reason=%s\n", sc_store_get_read_only_reason (store) ?
          sc_store_get_read_only_reason (store) : "");
  sc_record_set_text (person, SC_PERSON_NAME, "Helper");
  sc_store_put (store, "Add person", person, &put_error);
  printf ("put=%s\n", code_name (put_error));
  sc_store_save_copy (store, copy, &copy_error);
  printf ("copy=%s\n", code_name (copy_error));
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 3 && g_str_equal (argv[1], "hold"))
    return hold (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "open"))
    return try_open (argv[2], argv[3]);

  fprintf (stderr, "usage: %s hold PATH | open PATH COPY\n", argv[0]);
  return 2;
}
