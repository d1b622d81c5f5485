/* sc-l10n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-l10n"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-l10n.h"

typedef struct
{
  GBytes     *bytes;
  GHashTable *messages;  /* msgid (or ctx\004msgid) → msgstr, into bytes */
} Catalogue;

static GMutex      l10n_mutex;
static char       *l10n_localedir;
static Catalogue  *fr_catalogue;
static GSList     *retired_catalogues;
static gboolean    fr_loaded;
static int         ui_lang_forced = -1;

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 v;

  memcpy (&v, data + offset, sizeof v);
  return swapped ? GUINT32_SWAP_LE_BE (v) : v;
}

/* The GNU .mo format: a header, then two tables of (length, offset) pairs
 * for the original and the translated strings. Every bound is checked: a
 * damaged file gives no catalogue, never a crash. */
static Catalogue *
catalogue_parse (GBytes *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GHashTable) messages = NULL;
  guint32 magic, n, orig_off, trans_off;
  gboolean swapped;
  Catalogue *cat;

  if (size < 28)
    return NULL;

  memcpy (&magic, data, sizeof magic);
  if (magic == MO_MAGIC)
    swapped = FALSE;
  else if (magic == MO_MAGIC_SWAPPED)
    swapped = TRUE;
  else
    return NULL;

  n = read_u32 (data, 8, swapped);
  orig_off = read_u32 (data, 12, swapped);
  trans_off = read_u32 (data, 16, swapped);
  if ((guint64) orig_off + (guint64) n * 8 > size ||
      (guint64) trans_off + (guint64) n * 8 > size)
    return NULL;

  messages = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read_u32 (data, orig_off + i * 8, swapped);
      guint32 ooff = read_u32 (data, orig_off + i * 8 + 4, swapped);
      guint32 tlen = read_u32 (data, trans_off + i * 8, swapped);
      guint32 toff = read_u32 (data, trans_off + i * 8 + 4, swapped);

      if ((guint64) ooff + olen >= size || (guint64) toff + tlen >= size ||
          data[ooff + olen] != '\0' || data[toff + tlen] != '\0')
        return NULL;

      /* Entry 0 is the header (empty msgid): skip it. A plural entry's
       * msgid is "singular\0plural": the key is the singular. */
      if (olen == 0)
        continue;
      g_hash_table_insert (messages, (gpointer) (data + ooff), (gpointer) (data + toff));
    }

  cat = g_new0 (Catalogue, 1);
  cat->bytes = g_bytes_ref (bytes);
  cat->messages = g_steal_pointer (&messages);
  return cat;
}

static Catalogue *
load_catalogue (const char *code)
{
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;

  path = g_build_filename (sc_l10n_get_localedir (), code, "LC_MESSAGES",
                           GETTEXT_PACKAGE ".mo", NULL);
  mapped = g_mapped_file_new (path, FALSE, NULL);
  if (mapped == NULL)
    return NULL;

  bytes = g_mapped_file_get_bytes (mapped);
  return catalogue_parse (bytes);
}

void
sc_l10n_set_localedir (const char *localedir)
{
  g_mutex_lock (&l10n_mutex);
  g_free (l10n_localedir);
  l10n_localedir = g_strdup (localedir);
  /* A new place means a new catalogue; the old one stays valid for strings
   * already handed out, so it is kept rather than freed. */
  fr_loaded = FALSE;
  if (fr_catalogue != NULL)
    retired_catalogues = g_slist_prepend (retired_catalogues, fr_catalogue);
  fr_catalogue = NULL;
  g_mutex_unlock (&l10n_mutex);
}

const char *
sc_l10n_get_localedir (void)
{
  const char *env;

  if (l10n_localedir != NULL)
    return l10n_localedir;

  env = g_getenv ("SALESCADENCE_LOCALEDIR");
  if (env != NULL && *env != '\0')
    return env;

  return LOCALEDIR;
}

static Catalogue *
get_catalogue (ScLang lang)
{
  Catalogue *cat;

  if (lang != SC_LANG_FR)
    return NULL;

  g_mutex_lock (&l10n_mutex);
  if (!fr_loaded)
    {
      fr_catalogue = load_catalogue ("fr");
      fr_loaded = TRUE;
    }
  cat = fr_catalogue;
  g_mutex_unlock (&l10n_mutex);

  return cat;
}

gboolean
sc_l10n_has_catalogue (ScLang lang)
{
  return lang == SC_LANG_EN || get_catalogue (lang) != NULL;
}

const char *
sc_l10n_gettext (ScLang      lang,
                 const char *msgid)
{
  Catalogue *cat = get_catalogue (lang);
  const char *msgstr;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (cat == NULL)
    return msgid;

  msgstr = g_hash_table_lookup (cat->messages, msgid);
  return (msgstr != NULL && *msgstr != '\0') ? msgstr : msgid;
}

const char *
sc_l10n_pgettext (ScLang      lang,
                  const char *context,
                  const char *msgid)
{
  Catalogue *cat = get_catalogue (lang);
  g_autofree char *long_key = NULL;
  char key[256];
  gsize context_len, msgid_len;
  const char *msgstr;

  g_return_val_if_fail (context != NULL && msgid != NULL, NULL);

  if (cat == NULL)
    return msgid;

  /* "context\004msgid": on the stack when it fits, as it nearly always
   * does (a workbook looks up tens of thousands of labels). */
  context_len = strlen (context);
  msgid_len = strlen (msgid);
  if (context_len + msgid_len + 2 <= sizeof key)
    {
      memcpy (key, context, context_len);
      key[context_len] = '\004';
      memcpy (key + context_len + 1, msgid, msgid_len + 1);
      msgstr = g_hash_table_lookup (cat->messages, key);
    }
  else
    {
      long_key = g_strconcat (context, "\004", msgid, NULL);
      msgstr = g_hash_table_lookup (cat->messages, long_key);
    }
  return (msgstr != NULL && *msgstr != '\0') ? msgstr : msgid;
}

const char *
sc_l10n_ngettext (ScLang      lang,
                  const char *msgid,
                  const char *msgid_plural,
                  gulong      n)
{
  Catalogue *cat = get_catalogue (lang);
  const char *msgstr;

  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  if (cat != NULL && (msgstr = g_hash_table_lookup (cat->messages, msgid)) != NULL &&
      *msgstr != '\0')
    {
      /* French: one form for 0 and 1, the other from 2 on. */
      if (n > 1)
        {
          const char *second = msgstr + strlen (msgstr) + 1;
          /* The plural form follows the singular inside the same entry; a
           * catalogue without it falls back to the singular. */
          if (second < (const char *) g_bytes_get_data (cat->bytes, NULL) +
                       g_bytes_get_size (cat->bytes) && *second != '\0')
            return second;
        }
      return msgstr;
    }

  return n == 1 ? msgid : msgid_plural;
}

gboolean
sc_lang_from_code (const char *code,
                   ScLang     *lang)
{
  if (code == NULL)
    return FALSE;

  if (g_ascii_strncasecmp (code, "fr", 2) == 0 && (code[2] == '\0' || !g_ascii_isalpha (code[2])))
    {
      *lang = SC_LANG_FR;
      return TRUE;
    }
  if (g_ascii_strncasecmp (code, "en", 2) == 0 && (code[2] == '\0' || !g_ascii_isalpha (code[2])))
    {
      *lang = SC_LANG_EN;
      return TRUE;
    }
  return FALSE;
}

const char *
sc_lang_to_code (ScLang lang)
{
  return lang == SC_LANG_FR ? "fr" : "en";
}

ScLang
sc_l10n_ui_lang (void)
{
  const char *probe;
  ScLang lang = SC_LANG_EN;

  if (ui_lang_forced >= 0)
    return (ScLang) ui_lang_forced;

  /* Translators: the code of the language of this translation ("fr"). It
   * decides the number and date conventions of the interface. */
  probe = C_("interface language code", "en");
  sc_lang_from_code (probe, &lang);
  return lang;
}

void
sc_l10n_set_ui_lang (ScLang lang)
{
  ui_lang_forced = (int) lang;
}
