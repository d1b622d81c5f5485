/* test-bad-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bad input, deterministically: random byte strings and mutations of valid
 * inputs through every parser (numbers, ratios, dates, a KPI's figure):
 * no crash, every refusal has a message, every acceptance a sane result,
 * and a figure's edit text reads back as the same figure. Then text of any
 * length and any Unicode, and hostile text, through the company file and
 * back, byte for byte, after the file is closed and opened again.
 *
 * SC_BAD_INPUT_ROUNDS sets the number of strings (default 200 000; 40 000
 * under AddressSanitizer, where every allocation costs ten times more: the
 * plain build runs them all).
 */

#include "config.h"

#include <string.h>

#include "sc-parse-checks.h"
#include "sc-store.h"
#include "sc-test-files.h"

#define SEED 20261126

#if defined(__SANITIZE_ADDRESS__)
#define DEFAULT_ROUNDS 40000
#else
#define DEFAULT_ROUNDS 200000
#endif

/* Inputs to mutate: what people type, and what fuzzing found. */
static const char *const seeds[] = {
  "1234.56", "1,234.56", "1.234,56", "1 234,56", "1\xc2\xa0" "234,56", "1\xe2\x80\xaf" "234",
  "-5", "\xe2\x88\x92" "2,2", ".5", "12 %", "32,5\xc2\xa0%", "$1,200", "1 234,56 $",
  "US$1.234,56", "150 k$", "1.5M", "$563K", "CAD 5", "5 \xe2\x82\xac", "10 000 000 000 000",
  "3 / 11", "3/11", "0 / 0", "4 sur 12", "7 of 9", "2,5 / 10",
  "2025-05-02", "vendredi", "friday", "+7", "+2w", "+3s", "-4", "demain", "tomorrow",
  "aujourd'hui", "today", "hier", "2 mai", "May 2", "1er mai 2025", "May 2nd, 2025",
  "mardi 4 mars 2025", "Tuesday, March 4, 2025", "FÉVR.", "31 février", "29 février 2024",
  ",1/,0020",  /* a ratio whose second figure rounds to 0 */
};

/* Bytes that matter to the parsers, more often than chance would give. */
static const char *const pieces[] = {
  "0", "1", "5", "9", "00", "123", ",", ".", " ", "-", "+", "/", "%", "$", "k", "K", "M",
  "e", "E", "x", "\xc2\xa0", "\xe2\x80\xaf", "\xe2\x80\x89", "\xe2\x88\x92", "\xe2\x82\xac",
  "US", "CA", "CAD", "sur", "of", "mai", "May", "er", "nd", "'", "\t", "\n", "\xc3\xa9",
  "\xff", "\xc3", "\xe2\x80", "\xf0\x9f\x98\x80", "2025-", "-02", "janv.", "lundi",
};

static char *
random_string (GRand *rand)
{
  GString *s = g_string_new (NULL);
  int kind = g_rand_int_range (rand, 0, 3);

  if (kind == 0)
    {
      /* Raw bytes, any length up to past the 256-byte limit. */
      guint len = g_rand_int_range (rand, 0, 300);

      for (guint i = 0; i < len; i++)
        g_string_append_c (s, (char) g_rand_int_range (rand, 1, 256));
    }
  else if (kind == 1)
    {
      guint n = g_rand_int_range (rand, 0, 12);

      for (guint i = 0; i < n; i++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
    }
  else
    {
      guint edits = g_rand_int_range (rand, 1, 4);

      g_string_append (s, seeds[g_rand_int_range (rand, 0, G_N_ELEMENTS (seeds))]);
      for (guint i = 0; i < edits; i++)
        {
          guint at = s->len ? g_rand_int_range (rand, 0, s->len) : 0;
          const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              g_string_insert (s, at, piece);
              break;
            case 1:
              if (s->len > 0)
                g_string_erase (s, at, 1);
              break;
            default:
              if (s->len > 0)
                s->str[at] = (char) g_rand_int_range (rand, 1, 256);
              break;
            }
        }
    }
  return g_string_free (s, FALSE);
}

static void
test_bad_input_parsers (void)
{
  const char *rounds_env = g_getenv ("SC_BAD_INPUT_ROUNDS");
  guint rounds = rounds_env ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : DEFAULT_ROUNDS;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  ScParseChecks checks;
  guint strings = 0;

  sc_parse_checks_init (&checks);
  sc_parse_checks_all (&checks, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++, strings++)
    sc_parse_checks_all (&checks, seeds[i]);
  for (guint i = 0; i < rounds; i++, strings++)
    {
      g_autofree char *text = random_string (rand);

      sc_parse_checks_all (&checks, text);
    }

  g_test_message ("%u strings, %u parses: %u accepted, %u refused with a message",
                  strings, checks.accepted + checks.refused, checks.accepted, checks.refused);
  /* Both outcomes happen: the generator is not all nonsense. */
  g_assert_cmpuint (checks.accepted, >, strings / 20);
  g_assert_cmpuint (checks.refused, >, strings);
  sc_parse_checks_clear (&checks);
}

/* Text ------------------------------------------------------------------- */

/* Any code point but NUL and the surrogates, from every plane in use. */
static char *
random_unicode (GRand *rand,
                guint  length)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    {
      gunichar c;

      do
        c = g_rand_int_range (rand, 0, 8) == 0 ? (gunichar) g_rand_int_range (rand, 1, 0x80)
                                               : (gunichar) g_rand_int_range (rand, 1, 0x110000);
      while (c >= 0xd800 && c <= 0xdfff);
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static void
test_bad_input_text_round_trip (void)
{
  static const char *const hostile[] = {
    "'; DROP TABLE person; --", "\"quoted\" and 'single'", "%s %n %x %% %1$s",
    "=HYPERLINK(\"http://example.com\")", "+1+1", "@SUM(A1)", "<b>bold</b> &amp;",
    "\x01\x02\x1b[31mred\x1b[0m\x7f", "line\nbreak\r\ttab", "\u202eRTL override\u202c",
    "\xef\xbb\xbf" "BOM", "zero\u200bwidth", "e\xcc\x81 vs \xc3\xa9", "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
    " leading and trailing ", "",
  };
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "text.salescadence");
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  static const guint lengths[] = { 1, 2, 7, 100, 1000, 100000 };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    g_ptr_array_add (texts, g_strdup (hostile[i]));
  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    g_ptr_array_add (texts, random_unicode (rand, lengths[i]));

  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr(ScRecord) p = sc_record_new (SC_TYPE_PERSON);
      const char *text = g_ptr_array_index (texts, i);
      gint64 id;

      /* A name must not be blank; the role takes anything. */
      sc_record_set_text (p, SC_PERSON_NAME, *text ? text : "-");
      sc_record_set_text (p, SC_PERSON_ROLE, text);
      sc_record_set_bool (p, SC_PERSON_ACTIVE, TRUE);
      g_assert_true (sc_store_put (store, "Add person", p, &error));
      g_assert_no_error (error);
      id = sc_record_get_id (p);
      g_array_append_val (ids, id);
    }

  g_clear_object (&store);
  store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < texts->len; i++)
    {
      ScRecord *p = sc_store_lookup (store, &sc_person_table, g_array_index (ids, gint64, i));
      const char *text = g_ptr_array_index (texts, i);

      g_assert_nonnull (p);
      g_assert_cmpuint (strlen (sc_record_get_text (p, SC_PERSON_ROLE)), ==, strlen (text));
      g_assert_cmpstr (sc_record_get_text (p, SC_PERSON_ROLE), ==, text);
    }
}

int
main (int   argc,
      char *argv[])
{
  sc_test_files_init (&argc, &argv);

  g_test_add_func ("/bad-input/parsers", test_bad_input_parsers);
  g_test_add_func ("/bad-input/text-round-trip", test_bad_input_text_round_trip);

  return g_test_run ();
}
