/* test-l10n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Documents in a chosen language: the French catalogue is read from the
 * build's po/ whatever the process locale (C.UTF-8 here).
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "sc-l10n.h"

static void
test_l10n_french_whatever_the_locale (void)
{
  g_assert_true (sc_l10n_has_catalogue (SC_LANG_FR));
  g_assert_true (sc_l10n_has_catalogue (SC_LANG_EN));
  g_assert_cmpstr (sc_l10n_gettext (SC_LANG_EN, "Sales"), ==, "Sales");
  g_assert_cmpstr (sc_l10n_gettext (SC_LANG_FR, "Sales"), ==, "Chiffre d'affaires");
  /* A message not in the catalogue comes back as it is. */
  g_assert_cmpstr (sc_l10n_gettext (SC_LANG_FR, "no such message 42"), ==, "no such message 42");
}

static void
test_l10n_context (void)
{
  /* The probe that tells the interface language: French catalogue says fr. */
  g_assert_cmpstr (sc_l10n_pgettext (SC_LANG_FR, "interface language code", "en"), ==, "fr");
  g_assert_cmpstr (sc_l10n_pgettext (SC_LANG_EN, "interface language code", "en"), ==, "en");
  g_assert_cmpstr (sc_l10n_pgettext (SC_LANG_FR, "no such context", "en"), ==, "en");
}

static void
test_l10n_lang_codes (void)
{
  ScLang lang = SC_LANG_EN;

  g_assert_true (sc_lang_from_code ("fr_CA.UTF-8", &lang));
  g_assert_cmpint (lang, ==, SC_LANG_FR);
  g_assert_true (sc_lang_from_code ("en", &lang));
  g_assert_cmpint (lang, ==, SC_LANG_EN);
  g_assert_true (sc_lang_from_code ("FR", &lang));
  g_assert_cmpint (lang, ==, SC_LANG_FR);
  g_assert_false (sc_lang_from_code ("fra", &lang));
  g_assert_false (sc_lang_from_code ("de", &lang));
  g_assert_false (sc_lang_from_code ("", &lang));
  g_assert_false (sc_lang_from_code (NULL, &lang));
  g_assert_cmpstr (sc_lang_to_code (SC_LANG_FR), ==, "fr");
  g_assert_cmpstr (sc_lang_to_code (SC_LANG_EN), ==, "en");
}

static void
test_l10n_ui_lang_follows_locale (void)
{
  /* The C.UTF-8 locale has no French catalogue in effect: English. */
  g_assert_cmpint (sc_l10n_ui_lang (), ==, SC_LANG_EN);
  sc_l10n_set_ui_lang (SC_LANG_FR);
  g_assert_cmpint (sc_l10n_ui_lang (), ==, SC_LANG_FR);
  sc_l10n_set_ui_lang (SC_LANG_EN);
}

/* A damaged or foreign catalogue gives English, never a crash. */
static void
test_l10n_damaged_catalogue (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sc-l10n-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "fr", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (sub, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *saved = g_strdup (sc_l10n_get_localedir ());
  static const guint8 junk[] = {
    0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f, 28, 0, 0, 0,
    0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'x', 'y', 'z', 0,
  };

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (mo, (const char *) junk, sizeof junk, NULL));
  sc_l10n_set_localedir (dir);
  g_assert_false (sc_l10n_has_catalogue (SC_LANG_FR));
  g_assert_cmpstr (sc_l10n_gettext (SC_LANG_FR, "Sales"), ==, "Sales");

  sc_l10n_set_localedir (saved);
  g_assert_true (sc_l10n_has_catalogue (SC_LANG_FR));
  g_unlink (mo);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/l10n/french-whatever-the-locale", test_l10n_french_whatever_the_locale);
  g_test_add_func ("/l10n/context", test_l10n_context);
  g_test_add_func ("/l10n/lang-codes", test_l10n_lang_codes);
  g_test_add_func ("/l10n/ui-lang-follows-locale", test_l10n_ui_lang_follows_locale);
  g_test_add_func ("/l10n/damaged-catalogue", test_l10n_damaged_catalogue);

  return g_test_run ();
}
