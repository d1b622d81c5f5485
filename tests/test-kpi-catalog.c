/* test-kpi-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib.h>

#include "sc-kpi-catalog.h"
#include "sc-l10n.h"

static const char * const starter_keys[] = {
  "K01", "K02", "K08", "K23", "K24", "K25",
};

static gboolean
is_starter_key (const char *key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (starter_keys); i++)
    {
      if (g_str_equal (starter_keys[i], key))
        return TRUE;
    }

  return FALSE;
}

static void
test_keys (void)
{
  const ScCatalogEntry *entries;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  entries = sc_kpi_catalog_get_entries (&n);
  g_assert_nonnull (entries);
  g_assert_cmpuint (n, ==, 32);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *expected = g_strdup_printf ("K%02u", i + 1);

      g_assert_cmpstr (entries[i].key, ==, expected);
      g_assert_false (g_hash_table_contains (seen, entries[i].key));
      g_hash_table_add (seen, (gpointer) entries[i].key);
    }

  /* The count is optional for callers that only want the array. */
  g_assert_true (sc_kpi_catalog_get_entries (NULL) == entries);
}

static void
test_lookup (void)
{
  const ScCatalogEntry *entries;
  guint n = 0;

  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    g_assert_true (sc_kpi_catalog_lookup (entries[i].key) == &entries[i]);

  g_assert_cmpstr (sc_kpi_catalog_lookup ("K24")->key, ==, "K24");
  g_assert_null (sc_kpi_catalog_lookup (NULL));
  g_assert_null (sc_kpi_catalog_lookup (""));
  g_assert_null (sc_kpi_catalog_lookup ("K99"));
  g_assert_null (sc_kpi_catalog_lookup ("K00"));
  g_assert_null (sc_kpi_catalog_lookup ("k01"));
  g_assert_null (sc_kpi_catalog_lookup ("K1"));
  g_assert_null (sc_kpi_catalog_lookup ("K01 "));
}

static void
test_starter_set (void)
{
  const ScCatalogEntry *entries;
  guint n = 0, n_starter = 0, n_outcome = 0;

  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (entries[i].starter, ==, is_starter_key (entries[i].key));
      if (!entries[i].starter)
        continue;

      n_starter++;
      if (entries[i].kind == SC_KPI_KIND_OUTCOME)
        n_outcome++;
    }

  g_assert_cmpuint (n_starter, ==, 6);
  /* Three results, three activities (domain.md §1.3). */
  g_assert_cmpuint (n_outcome, ==, 3);
}

static void
test_ratio_labels (void)
{
  const ScCatalogEntry *entries;
  guint n = 0, n_ratio = 0;

  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    {
      const ScCatalogEntry *e = &entries[i];

      if (e->rollup == SC_ROLLUP_RATIO)
        {
          n_ratio++;
          g_assert_nonnull (e->num_label);
          g_assert_nonnull (e->den_label);
          g_assert_cmpuint (strlen (e->num_label), >, 0);
          g_assert_cmpuint (strlen (e->den_label), >, 0);
          g_assert_cmpstr (e->num_label, !=, e->den_label);
        }
      else
        {
          g_assert_null (e->num_label);
          g_assert_null (e->den_label);
        }
    }

  /* K02 K07 K08 K09 K10 K11 K17 K18 K20 K22 K31 */
  g_assert_cmpuint (n_ratio, ==, 11);
}

static void
test_units_and_rollups (void)
{
  /* The §1.4 rules: ratios of sums, stocks at their last value. */
  static const char * const ratios[] = { "K02", "K07", "K08", "K09", "K20", "K31" };
  static const char * const stocks[] = { "K05", "K12", "K19", "K30", "K32" };
  static const char * const flows[] = { "K01", "K03", "K04", "K16", "K23", "K24", "K25" };

  for (gsize i = 0; i < G_N_ELEMENTS (ratios); i++)
    g_assert_cmpint (sc_kpi_catalog_lookup (ratios[i])->rollup, ==, SC_ROLLUP_RATIO);
  for (gsize i = 0; i < G_N_ELEMENTS (stocks); i++)
    g_assert_cmpint (sc_kpi_catalog_lookup (stocks[i])->rollup, ==, SC_ROLLUP_LAST);
  for (gsize i = 0; i < G_N_ELEMENTS (flows); i++)
    g_assert_cmpint (sc_kpi_catalog_lookup (flows[i])->rollup, ==, SC_ROLLUP_SUM);

  g_assert_cmpint (sc_kpi_catalog_lookup ("K15")->rollup, ==, SC_ROLLUP_AVERAGE);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K26")->rollup, ==, SC_ROLLUP_AVERAGE);

  g_assert_cmpint (sc_kpi_catalog_lookup ("K01")->unit, ==, SC_UNIT_CURRENCY);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K02")->unit, ==, SC_UNIT_PERCENT);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K07")->unit, ==, SC_UNIT_NUMBER);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K10")->unit, ==, SC_UNIT_CURRENCY);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K11")->unit, ==, SC_UNIT_CURRENCY);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K23")->unit, ==, SC_UNIT_COUNT);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K26")->unit, ==, SC_UNIT_DAYS);

  g_assert_cmpint (sc_kpi_catalog_lookup ("K02")->frequency, ==, SC_FREQUENCY_MONTHLY);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K01")->frequency, ==, SC_FREQUENCY_WEEKLY);

  g_assert_cmpint (sc_kpi_catalog_lookup ("K18")->direction, ==, SC_DIRECTION_LOWER);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K32")->direction, ==, SC_DIRECTION_LOWER);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K22")->kind, ==, SC_KPI_KIND_OUTCOME);
  g_assert_cmpint (sc_kpi_catalog_lookup ("K23")->kind, ==, SC_KPI_KIND_ACTIVITY);
}

static void
test_win_rate (void)
{
  const ScCatalogEntry *e = sc_kpi_catalog_lookup ("K08");
  const ScCatalogEntry *entries;
  guint n = 0;

  g_assert_nonnull (e);
  g_assert_cmpstr (e->name, ==, "Quote win rate");
  g_assert_cmpint (e->kind, ==, SC_KPI_KIND_OUTCOME);
  g_assert_cmpint (e->unit, ==, SC_UNIT_PERCENT);
  g_assert_cmpint (e->direction, ==, SC_DIRECTION_HIGHER);
  g_assert_cmpint (e->frequency, ==, SC_FREQUENCY_WEEKLY);
  g_assert_cmpint (e->rollup, ==, SC_ROLLUP_RATIO);
  g_assert_cmpuint (e->rolling_weeks, ==, 13);
  g_assert_cmpuint (e->tolerance, ==, 1000);
  g_assert_cmpstr (e->num_label, ==, "won");
  g_assert_cmpstr (e->den_label, ==, "decided");
  g_assert_true (e->starter);

  /* Only the two win rates are shown over a rolling window. */
  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (entries[i].key, "K08") || g_str_equal (entries[i].key, "K09"))
        g_assert_cmpuint (entries[i].rolling_weeks, ==, 13);
      else
        g_assert_cmpuint (entries[i].rolling_weeks, ==, 0);
    }
}

static void
test_tolerance (void)
{
  const ScCatalogEntry *entries;
  guint n = 0;

  /* 24.8 % against a 27 % target is 91.9 %: off target with 5 %, only
   * "to watch" with the default 10 %. */
  g_assert_cmpuint (sc_kpi_catalog_lookup ("K02")->tolerance, ==, 500);
  g_assert_cmpuint (sc_kpi_catalog_lookup ("K03")->tolerance, ==, 500);

  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (entries[i].key, "K02") || g_str_equal (entries[i].key, "K03"))
        continue;
      g_assert_cmpuint (entries[i].tolerance, ==, 1000);
    }
}

static void
test_texts (void)
{
  const ScCatalogEntry *entries;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    {
      const ScCatalogEntry *e = &entries[i];
      gsize len;

      g_assert_nonnull (e->name);
      g_assert_cmpuint (strlen (e->name), >, 0);
      g_assert_false (g_hash_table_contains (names, e->name));
      g_hash_table_add (names, (gpointer) e->name);

      g_assert_nonnull (e->definition);
      len = strlen (e->definition);
      g_assert_cmpuint (len, >, 20);
      g_assert_cmpint (e->definition[len - 1], ==, '.');
      g_assert_true (g_utf8_validate (e->definition, -1, NULL));
    }
}

/* Every text is translated, and the French follows §2: Québec terms,
 * a no-break space before the colon, none before ; ? ! */
static void
check_french (const char *msgid)
{
  const char *fr;

  if (msgid == NULL)
    return;

  fr = sc_l10n_gettext (SC_LANG_FR, msgid);
  g_assert_nonnull (fr);
  g_assert_cmpstr (fr, !=, msgid);
  g_assert_cmpuint (strlen (fr), >, 0);
  g_assert_true (g_utf8_validate (fr, -1, NULL));

  g_assert_null (strstr (fr, " :"));
  g_assert_null (strstr (fr, " ;"));
  g_assert_null (strstr (fr, "\u00a0;"));
  for (const char *p = strchr (fr, ':'); p != NULL; p = strchr (p + 1, ':'))
    {
      g_assert_true (p - fr >= 2);
      g_assert_true (g_str_has_prefix (p - 2, "\u00a0:"));
    }

  g_assert_null (strstr (fr, "devis"));
  g_assert_null (strstr (fr, "opportunit"));
  g_assert_null (strstr (fr, "e-mail"));
  g_assert_null (strstr (fr, "backlog"));
}

static void
test_french (void)
{
  const ScCatalogEntry *entries;
  guint n = 0;

  g_assert_true (sc_l10n_has_catalogue (SC_LANG_FR));

  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    {
      const char *def;

      check_french (entries[i].name);
      check_french (entries[i].definition);
      check_french (entries[i].num_label);
      check_french (entries[i].den_label);

      def = sc_l10n_gettext (SC_LANG_FR, entries[i].definition);
      g_assert_true (g_str_has_suffix (def, "."));
    }

  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K01")->name), ==, "Chiffre d'affaires");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K02")->name), ==, "Marge brute");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K04")->name), ==, "Prises de commandes");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K05")->name), ==, "Carnet de commandes");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K08")->name), ==,
                   "Taux de conversion des soumissions");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K23")->name), ==,
                   "Nouvelles occasions d'affaires");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K24")->name), ==,
                   "Soumissions envoyées");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K25")->name), ==,
                   "Relances effectuées");

  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K08")->num_label), ==, "gagnées");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K08")->den_label), ==, "décidées");
  g_assert_cmpstr (L_(SC_LANG_FR, sc_kpi_catalog_lookup ("K02")->den_label), ==,
                   "chiffre d'affaires ($)");

  /* English is the source language: the msgid comes back unchanged. */
  g_assert_cmpstr (L_(SC_LANG_EN, sc_kpi_catalog_lookup ("K01")->name), ==, "Sales");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kpi-catalog/keys", test_keys);
  g_test_add_func ("/kpi-catalog/lookup", test_lookup);
  g_test_add_func ("/kpi-catalog/starter-set", test_starter_set);
  g_test_add_func ("/kpi-catalog/ratio-labels", test_ratio_labels);
  g_test_add_func ("/kpi-catalog/units-and-rollups", test_units_and_rollups);
  g_test_add_func ("/kpi-catalog/win-rate", test_win_rate);
  g_test_add_func ("/kpi-catalog/tolerance", test_tolerance);
  g_test_add_func ("/kpi-catalog/texts", test_texts);
  g_test_add_func ("/kpi-catalog/french", test_french);

  return g_test_run ();
}
