/* sc-parse.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What people type is arbitrary bytes: the text is validated as UTF-8 and
 * bounded in length first, then decoded into an array of characters that is
 * only ever read through peek(), which checks the bounds. No recursion.
 */

#define G_LOG_DOMAIN "sc-parse"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-calendar.h"
#include "sc-parse.h"

/* Longer text is refused before any work: nothing people type in a cell
 * is that long. */
#define MAX_TEXT   256
/* Characters of the text quoted back in an error message. */
#define MAX_QUOTE   40
#define MAX_VALUE   1e13
/* "+N" goes at most about a hundred years away. */
#define MAX_RELATIVE_DAYS 36600

#define NBSP          0x00A0
#define THIN_SPACE    0x2009
#define NARROW_NBSP   0x202F
#define MINUS_SIGN    0x2212
#define RIGHT_QUOTE   0x2019

G_DEFINE_QUARK (sc-parse-error-quark, sc_parse_error)

/* What is wrong with a text; each parser turns it into its own message. */
typedef enum
{
  PROBLEM_NONE,
  PROBLEM_EMPTY,
  PROBLEM_ENCODING,   /* not UTF-8, or too long */
  PROBLEM_INVALID,
  PROBLEM_GROUPING,   /* groups of digits that are not of three */
  PROBLEM_RANGE,
  PROBLEM_NO_SUCH_DAY,
  PROBLEM_WEEKDAY,    /* the day of the week does not match the date */
  PROBLEM_NEGATIVE,
  PROBLEM_ZERO,
} Problem;

typedef struct
{
  gunichar c[MAX_TEXT + 1];
  guint    len;
} Input;

typedef struct
{
  guint pos;
  guint end;
} Cursor;

static gunichar
peek (const Input  *in,
      const Cursor *cur,
      guint         ahead)
{
  guint i = cur->pos + ahead;

  return i < cur->end && i < in->len ? in->c[i] : 0;
}

/* Spaces that may separate groups of digits, and the ones around words. */
static gboolean
is_group_space (gunichar c)
{
  return c == ' ' || c == NBSP || c == NARROW_NBSP || c == THIN_SPACE;
}

static gboolean
is_blank (gunichar c)
{
  return is_group_space (c) || c == '\t';
}

static void
skip_blanks (const Input *in,
             Cursor      *cur)
{
  while (is_blank (peek (in, cur, 0)))
    cur->pos++;
}

static gboolean
is_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

/* Decodes text and places the cursor on it, trimmed of blanks. */
static Problem
input_load (Input      *in,
            const char *text,
            Cursor     *cur)
{
  const char *p;

  in->len = 0;
  if (!g_utf8_validate (text, -1, NULL))
    return PROBLEM_ENCODING;
  if (strlen (text) > MAX_TEXT)
    return PROBLEM_INVALID;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    in->c[in->len++] = g_utf8_get_char (p);
  in->c[in->len] = 0;

  cur->pos = 0;
  cur->end = in->len;
  skip_blanks (in, cur);
  while (cur->end > cur->pos && is_blank (in->c[cur->end - 1]))
    cur->end--;
  return PROBLEM_NONE;
}

/* Errors ------------------------------------------------------------------- */

/* The text as it stands in a message: its first characters, control
 * characters shown as spaces. text is valid UTF-8. */
static char *
quote_text (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  g_autofree char *stripped = NULL;

  for (guint n = 0; *p != '\0' && n < MAX_QUOTE; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, g_unichar_iscntrl (c) ? ' ' : c);
    }
  if (*p != '\0')
    g_string_append (out, "…");

  stripped = g_string_free (out, FALSE);
  return g_strdup (g_strstrip (stripped));
}

static ScParseError
problem_code (Problem problem)
{
  switch (problem)
    {
    case PROBLEM_EMPTY:
      return SC_PARSE_ERROR_EMPTY;
    case PROBLEM_RANGE:
      return SC_PARSE_ERROR_RANGE;
    default:
      return SC_PARSE_ERROR_INVALID;
    }
}

/* An error message for a problem; %s in it stands for the text typed. */
typedef struct
{
  Problem     problem;
  const char *message;
} Message;

/* Sets error from the message for problem, the last of messages standing
 * for any other. The text replaces the first %s without printf: a faulty
 * translation cannot make it read arguments that are not there. */
static void
report (const Message *messages,
        guint          n_messages,
        Problem        problem,
        const char    *text,
        GError       **error)
{
  g_autofree char *quoted = NULL;
  const char *message, *at;
  guint i = 0;

  /* Invalid UTF-8 cannot be quoted. */
  if (problem == PROBLEM_ENCODING)
    {
      g_set_error_literal (error, SC_PARSE_ERROR, SC_PARSE_ERROR_INVALID,
                           _("The text contains invalid characters."));
      return;
    }

  while (i + 1 < n_messages && messages[i].problem != problem)
    i++;
  message = _(messages[i].message);
  if ((at = strstr (message, "%s")) == NULL)
    {
      g_set_error_literal (error, SC_PARSE_ERROR, problem_code (problem), message);
      return;
    }

  quoted = quote_text (text);
  g_set_error (error, SC_PARSE_ERROR, problem_code (problem), "%.*s%s%s",
               (int) (at - message), message, quoted, at + 2);
}

/* What a parser found; each fills its part. */
typedef struct
{
  ScLang         lang;
  ScDay          today;
  double         values[2];
  ScParsedFlags  flags;
  ScDay          day;
} Parsed;

typedef Problem (*Scanner) (const Input *in,
                            Cursor       cur,
                            Parsed      *parsed);

static gboolean
run (Scanner        scan,
     const Message *messages,
     guint          n_messages,
     const char    *text,
     Parsed        *parsed,
     GError       **error)
{
  Input in;
  Cursor cur;
  Problem problem;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";
  if ((problem = input_load (&in, text, &cur)) == PROBLEM_NONE)
    problem = scan (&in, cur, parsed);
  if (problem == PROBLEM_NONE)
    return TRUE;

  report (messages, n_messages, problem, text, error);
  return FALSE;
}

/* Numbers ---------------------------------------------------------------- */

typedef enum
{
  SEP_SPACE,
  SEP_COMMA,
  SEP_DOT,
  N_SEP_KINDS,
} SepKind;

/* The digits of a number and the separators between them. */
typedef struct
{
  char    digits[MAX_TEXT + 1];
  guint   n_digits;
  SepKind kind[MAX_TEXT];
  guint   at[MAX_TEXT];   /* how many digits stand before separator i */
  guint   n_seps;
  int     decimal;         /* the separator that is the decimal one, or -1 */
} Body;

/* Whether the cursor is on word (ASCII letters compared without case); if
 * so, moves past it. A word that ends in a letter must end there: "CAD" is
 * not the start of "CADX". */
static gboolean
accept (const Input *in,
        Cursor      *cur,
        const char  *word)
{
  gunichar last = 0;
  guint i = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      last = g_utf8_get_char (p);
      if (g_unichar_tolower (peek (in, cur, i)) != g_unichar_tolower (last))
        return FALSE;
    }
  if (g_unichar_isalpha (last) && g_unichar_isalpha (peek (in, cur, i)))
    return FALSE;

  cur->pos += i;
  return TRUE;
}

static void
scan_sign (const Input *in,
           Cursor      *cur,
           int         *sign)
{
  gunichar c = peek (in, cur, 0);

  if (c == '+' || c == '-' || c == MINUS_SIGN)
    {
      *sign = c == '+' ? 1 : -1;
      cur->pos++;
      skip_blanks (in, cur);
    }
}

/* A currency sign or code, before or after the amount. */
static gboolean
scan_currency (const Input *in,
               Cursor      *cur)
{
  static const char * const signs[] = { "US$", "CA$", "C$", "€", "CAD", "USD", "EUR" };
  Cursor after;

  if (accept (in, cur, "$"))
    {
      /* "$ US", "$US", "$ CA" (OQLF) */
      after = *cur;
      skip_blanks (in, &after);
      if (accept (in, &after, "US") || accept (in, &after, "CA"))
        *cur = after;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    if (accept (in, cur, signs[i]))
      return TRUE;
  return FALSE;
}

/* Reads digits and the separators between them. A separator belongs to
 * the number only when a digit follows it, and a space only between two
 * digits: "12 $" ends before its space, "1..2" after its "1". */
static void
scan_digits (const Input *in,
             Cursor      *cur,
             Body        *body)
{
  gunichar c;

  body->n_digits = body->n_seps = 0;
  while ((c = peek (in, cur, 0)) != 0)
    {
      gboolean space = is_group_space (c);

      if (is_digit (c))
        body->digits[body->n_digits++] = (char) c;
      else if ((c == ',' || c == '.' || (space && body->n_digits > 0)) &&
               is_digit (peek (in, cur, 1)))
        {
          body->kind[body->n_seps] = space ? SEP_SPACE : c == ',' ? SEP_COMMA : SEP_DOT;
          body->at[body->n_seps++] = body->n_digits;
        }
      else
        break;
      cur->pos++;
    }
  body->digits[body->n_digits] = '\0';
}

/* How many digits follow separator i, up to the next one. */
static guint
group_after (const Body *body,
             guint       i)
{
  return (i + 1 < body->n_seps ? body->at[i + 1] : body->n_digits) - body->at[i];
}

/* Which separator is the decimal one. With both ',' and '.', the last;
 * a lone '.' is decimal in both languages (French numeric keypads type
 * it); a lone ',' is decimal in French, and in English unless it is
 * followed by exactly three digits in a number not grouped by spaces and
 * not starting with 0 ("1,234" but "0,125" and "1 234,567"). A kind that
 * appears more than once groups. */
static Problem
find_decimal (ScLang  lang,
              Body   *body)
{
  guint count[N_SEP_KINDS] = { 0 };
  int last[N_SEP_KINDS] = { -1, -1, -1 };

  for (guint i = 0; i < body->n_seps; i++)
    {
      count[body->kind[i]]++;
      last[body->kind[i]] = (int) i;
    }

  body->decimal = -1;
  if (count[SEP_COMMA] > 0 && count[SEP_DOT] > 0)
    body->decimal = MAX (last[SEP_COMMA], last[SEP_DOT]);
  else if (count[SEP_DOT] == 1)
    body->decimal = last[SEP_DOT];
  else if (count[SEP_COMMA] == 1 &&
           !(lang == SC_LANG_EN && count[SEP_SPACE] == 0 &&
             group_after (body, last[SEP_COMMA]) == 3 &&
             body->at[last[SEP_COMMA]] > 0 && body->digits[0] != '0'))
    body->decimal = last[SEP_COMMA];

  /* Nothing may follow the decimal part, and it comes once. */
  if (body->decimal >= 0 &&
      (count[body->kind[body->decimal]] != 1 || (guint) body->decimal != body->n_seps - 1))
    return PROBLEM_INVALID;
  return PROBLEM_NONE;
}

/* Grouping separators: one kind, a first group of one to three digits
 * that does not start with 0, then groups of exactly three. */
static Problem
check_groups (const Body *body)
{
  guint n_groups = body->decimal >= 0 ? body->n_seps - 1 : body->n_seps;

  if (n_groups == 0)
    return PROBLEM_NONE;

  if (body->at[0] < 1 || body->at[0] > 3 || body->digits[0] == '0')
    return PROBLEM_GROUPING;
  for (guint i = 0; i < n_groups; i++)
    if (body->kind[i] != body->kind[0] || group_after (body, i) != 3)
      return PROBLEM_GROUPING;
  return PROBLEM_NONE;
}

/* The value of the digits times 10^exponent, rounded once by strtod. */
static double
body_value (const Body *body,
            int         exponent)
{
  char buf[MAX_TEXT + 16];
  guint int_len = body->decimal >= 0 ? body->at[body->decimal] : body->n_digits;

  g_snprintf (buf, sizeof buf, "0%.*s.%se%d", (int) int_len, body->digits,
              body->digits + int_len, exponent);
  return g_ascii_strtod (buf, NULL);
}

static int
scan_multiplier (const Input *in,
                 Cursor      *cur)
{
  gunichar c = peek (in, cur, 0);

  if ((c == 'k' || c == 'K' || c == 'M') && !g_unichar_isalpha (peek (in, cur, 1)))
    {
      cur->pos++;
      return c == 'M' ? 6 : 3;
    }
  return 0;
}

static Problem
scan_amount (ScLang       lang,
             const Input *in,
             Cursor      *cur,
             Body        *body)
{
  Problem problem;

  scan_digits (in, cur, body);
  if (body->n_digits == 0)
    return PROBLEM_INVALID;
  if ((problem = find_decimal (lang, body)) != PROBLEM_NONE)
    return problem;
  return check_groups (body);
}

/* [sign] [currency] [sign] digits [k|M] [% | currency], blanks between. */
static Problem
scan_number (ScLang         lang,
             const Input   *in,
             Cursor         cur,
             double        *value,
             ScParsedFlags *flags)
{
  Body body;
  int sign = 0, exponent;
  gboolean currency, percent = FALSE;
  Problem problem;
  double v;

  if (cur.pos >= cur.end)
    return PROBLEM_EMPTY;

  scan_sign (in, &cur, &sign);
  if ((currency = scan_currency (in, &cur)))
    skip_blanks (in, &cur);
  if (sign == 0)
    scan_sign (in, &cur, &sign);
  if ((problem = scan_amount (lang, in, &cur, &body)) != PROBLEM_NONE)
    return problem;

  skip_blanks (in, &cur);
  exponent = scan_multiplier (in, &cur);
  skip_blanks (in, &cur);
  if (accept (in, &cur, "%"))
    percent = TRUE;
  else if (!currency)
    currency = scan_currency (in, &cur);
  skip_blanks (in, &cur);

  if (cur.pos != cur.end || (percent && exponent != 0))
    return PROBLEM_INVALID;

  v = body_value (&body, exponent);
  if (!(fabs (v) <= MAX_VALUE))
    return PROBLEM_RANGE;

  /* Adding +0.0 turns "-0" into 0: no negative zero leaves this file. */
  *value = (sign < 0 ? -v : v) + 0.0;
  *flags = (percent ? SC_PARSED_PERCENT : 0) | (currency ? SC_PARSED_CURRENCY : 0);
  return PROBLEM_NONE;
}

static const Message number_messages[] = {
  { PROBLEM_EMPTY, N_("Type a number, for example 1,234.56 or 1234.56.") },
  /* Translators: in these messages %s is the text that was typed, and the
   * examples show the conventions of your language. */
  { PROBLEM_GROUPING,
    N_("“%s” is not a number: digits are grouped by three, as in 1,234,567.") },
  { PROBLEM_RANGE, N_("“%s” is too large: numbers go up to 10,000,000,000,000.") },
  { PROBLEM_INVALID, N_("“%s” is not a number. Type for example 1,234.56 or 1234.56.") },
};

static Problem
scan_number_text (const Input *in,
                  Cursor       cur,
                  Parsed      *parsed)
{
  return scan_number (parsed->lang, in, cur, &parsed->values[0], &parsed->flags);
}

gboolean
sc_parse_number (ScLang          lang,
                 const char     *text,
                 double         *value,
                 ScParsedFlags  *flags,
                 GError        **error)
{
  Parsed parsed = { .lang = lang };

  if (!run (scan_number_text, number_messages, G_N_ELEMENTS (number_messages), text,
            &parsed, error))
    return FALSE;

  if (value != NULL)
    *value = parsed.values[0];
  if (flags != NULL)
    *flags = parsed.flags;
  return TRUE;
}

/* Ratios ------------------------------------------------------------------ */

static void
trim (const Input *in,
      Cursor      *cur)
{
  skip_blanks (in, cur);
  while (cur->end > cur->pos && is_blank (in->c[cur->end - 1]))
    cur->end--;
}

/* The one "/", or the one word "sur" or "of" between blanks. */
static gboolean
find_ratio_separator (const Input *in,
                      const Cursor *cur,
                      Cursor       *separator)
{
  guint n_found = 0;

  for (Cursor at = *cur; at.pos < at.end; at.pos++)
    {
      Cursor word = at;

      if (peek (in, &at, 0) == '/')
        word.pos++;
      else if (at.pos == cur->pos || !is_blank (in->c[at.pos - 1]) ||
               !((accept (in, &word, "sur") || accept (in, &word, "of")) &&
                 is_blank (peek (in, &word, 0))))
        continue;

      separator->pos = at.pos;
      separator->end = word.pos;
      n_found++;
    }
  return n_found == 1;
}

static Problem
scan_ratio (ScLang       lang,
            const Input *in,
            Cursor       cur,
            double      *numerator,
            double      *denominator)
{
  Cursor separator, left, right;
  ScParsedFlags left_flags, right_flags;
  Problem problem;

  if (cur.pos >= cur.end)
    return PROBLEM_EMPTY;
  if (!find_ratio_separator (in, &cur, &separator))
    return PROBLEM_INVALID;

  left = (Cursor) { cur.pos, separator.pos };
  right = (Cursor) { separator.end, cur.end };
  trim (in, &left);
  trim (in, &right);
  if ((problem = scan_number (lang, in, left, numerator, &left_flags)) != PROBLEM_NONE ||
      (problem = scan_number (lang, in, right, denominator, &right_flags)) != PROBLEM_NONE)
    return problem == PROBLEM_RANGE ? PROBLEM_RANGE : PROBLEM_INVALID;

  if (left_flags != SC_PARSED_PLAIN || right_flags != SC_PARSED_PLAIN)
    return PROBLEM_INVALID;
  if (*numerator < 0 || *denominator < 0)
    return PROBLEM_NEGATIVE;
  if (*denominator == 0 && *numerator != 0)
    return PROBLEM_ZERO;
  return PROBLEM_NONE;
}

static const Message ratio_messages[] = {
  { PROBLEM_EMPTY, N_("Type a ratio, for example 3 / 11.") },
  { PROBLEM_NEGATIVE, N_("“%s”: the numbers of a ratio cannot be negative.") },
  { PROBLEM_ZERO, N_("“%s”: the second number of a ratio cannot be zero.") },
  { PROBLEM_RANGE, N_("“%s” is too large: numbers go up to 10,000,000,000,000.") },
  { PROBLEM_INVALID, N_("“%s” is not a ratio. Type two numbers separated by a slash, "
                        "for example 3 / 11.") },
};

static Problem
scan_ratio_text (const Input *in,
                 Cursor       cur,
                 Parsed      *parsed)
{
  return scan_ratio (parsed->lang, in, cur, &parsed->values[0], &parsed->values[1]);
}

gboolean
sc_parse_ratio (ScLang          lang,
                const char     *text,
                double         *numerator,
                double         *denominator,
                GError        **error)
{
  Parsed parsed = { .lang = lang };

  if (!run (scan_ratio_text, ratio_messages, G_N_ELEMENTS (ratio_messages), text, &parsed,
            error))
    return FALSE;

  if (numerator != NULL)
    *numerator = parsed.values[0];
  if (denominator != NULL)
    *denominator = parsed.values[1];
  return TRUE;
}

/* Dates ------------------------------------------------------------------- */

typedef struct
{
  const char *name;   /* lowercase, without accents */
  int         value;
} Name;

/* Both languages whatever the interface's, full and abbreviated. */
static const Name month_names[] = {
  { "january", 1 }, { "jan", 1 }, { "janvier", 1 }, { "janv", 1 },
  { "february", 2 }, { "feb", 2 }, { "fevrier", 2 }, { "fevr", 2 }, { "fev", 2 },
  { "march", 3 }, { "mar", 3 }, { "mars", 3 },
  { "april", 4 }, { "apr", 4 }, { "avril", 4 }, { "avr", 4 },
  { "may", 5 }, { "mai", 5 },
  { "june", 6 }, { "jun", 6 }, { "juin", 6 },
  { "july", 7 }, { "jul", 7 }, { "juillet", 7 }, { "juil", 7 }, { "juill", 7 },
  { "august", 8 }, { "aug", 8 }, { "aout", 8 },
  { "september", 9 }, { "sep", 9 }, { "sept", 9 }, { "septembre", 9 },
  { "october", 10 }, { "oct", 10 }, { "octobre", 10 },
  { "november", 11 }, { "nov", 11 }, { "novembre", 11 },
  { "december", 12 }, { "dec", 12 }, { "decembre", 12 },
};

static const Name weekday_names[] = {
  { "monday", G_DATE_MONDAY }, { "mon", G_DATE_MONDAY },
  { "lundi", G_DATE_MONDAY }, { "lun", G_DATE_MONDAY },
  { "tuesday", G_DATE_TUESDAY }, { "tue", G_DATE_TUESDAY }, { "tues", G_DATE_TUESDAY },
  { "mardi", G_DATE_TUESDAY }, { "mar", G_DATE_TUESDAY },
  { "wednesday", G_DATE_WEDNESDAY }, { "wed", G_DATE_WEDNESDAY },
  { "mercredi", G_DATE_WEDNESDAY }, { "mer", G_DATE_WEDNESDAY },
  { "thursday", G_DATE_THURSDAY }, { "thu", G_DATE_THURSDAY }, { "thur", G_DATE_THURSDAY },
  { "thurs", G_DATE_THURSDAY }, { "jeudi", G_DATE_THURSDAY }, { "jeu", G_DATE_THURSDAY },
  { "friday", G_DATE_FRIDAY }, { "fri", G_DATE_FRIDAY },
  { "vendredi", G_DATE_FRIDAY }, { "ven", G_DATE_FRIDAY },
  { "saturday", G_DATE_SATURDAY }, { "sat", G_DATE_SATURDAY },
  { "samedi", G_DATE_SATURDAY }, { "sam", G_DATE_SATURDAY },
  { "sunday", G_DATE_SUNDAY }, { "sun", G_DATE_SUNDAY },
  { "dimanche", G_DATE_SUNDAY }, { "dim", G_DATE_SUNDAY },
};

/* Days from today. */
static const Name relative_names[] = {
  { "today", 0 }, { "aujourd'hui", 0 },
  { "tomorrow", 1 }, { "demain", 1 },
  { "yesterday", -1 }, { "hier", -1 },
};

#define MAX_TOKENS 6
#define MAX_WORD   15

typedef struct
{
  gboolean number;
  char     text[MAX_WORD + 1];  /* a word, or the digits of a number */
  guint    len;
  gboolean suffixed;            /* "1er", "2nd" */
} Token;

static gboolean
lookup (const Name  *names,
        guint        n_names,
        const Token *token,
        int         *value)
{
  if (token->number)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    if (strcmp (names[i].name, token->text) == 0)
      {
        *value = names[i].value;
        return TRUE;
      }
  return FALSE;
}

/* Lowercase without accents, ’ as ': "Févr." reads as "fevr.". */
static void
fold (const Input  *in,
      const Cursor *cur,
      Input        *folded)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  folded->len = 0;
  for (guint i = cur->pos; i < cur->end && i < in->len; i++)
    {
      gunichar c = in->c[i];

      if (c == RIGHT_QUOTE)
        c = '\'';
      else if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
        c = decomposed[0];
      folded->c[folded->len++] = g_unichar_tolower (c);
    }
  folded->c[folded->len] = 0;
}

/* Up to max_digits digits; FALSE when there are none or more. */
static gboolean
read_number (const Input *in,
             Cursor      *cur,
             guint        max_digits,
             int         *value)
{
  guint n = 0;

  *value = 0;
  while (is_digit (peek (in, cur, 0)))
    {
      if (++n > max_digits)
        return FALSE;
      *value = *value * 10 + (int) (peek (in, cur, 0) - '0');
      cur->pos++;
    }
  return n > 0;
}

static gboolean
read_char (const Input *in,
           Cursor      *cur,
           gunichar     c)
{
  if (peek (in, cur, 0) != c)
    return FALSE;
  cur->pos++;
  return TRUE;
}

static Problem
valid_day (gint64  day,
           ScDay  *result)
{
  if (day < 1 || day > SC_DAY_MAX)
    return PROBLEM_RANGE;
  *result = (ScDay) day;
  return PROBLEM_NONE;
}

/* "2025-05-02" (also "2025-5-2"). FALSE when text does not have that form. */
static gboolean
scan_iso (const Input *in,
          ScDay       *result,
          Problem     *problem)
{
  Cursor cur = { 0, in->len };
  int year, month, day;

  if (!read_number (in, &cur, 4, &year) || cur.pos != 4 || !read_char (in, &cur, '-'))
    return FALSE;

  *problem = PROBLEM_INVALID;
  if (read_number (in, &cur, 2, &month) && read_char (in, &cur, '-') &&
      read_number (in, &cur, 2, &day) && cur.pos == cur.end)
    {
      *result = sc_day_from_ymd (year, month, day);
      *problem = *result != SC_DAY_NONE ? PROBLEM_NONE : PROBLEM_NO_SUCH_DAY;
    }
  return TRUE;
}

/* "+7", "+7 d", "+2w", "+2 s", "-3". FALSE when text does not start with a
 * sign. */
static gboolean
scan_relative (const Input *in,
               ScDay        today,
               ScDay       *result,
               Problem     *problem)
{
  Cursor cur = { 0, in->len };
  int sign = 0, n, unit = 1;
  gunichar c;

  scan_sign (in, &cur, &sign);
  if (sign == 0)
    return FALSE;

  *problem = PROBLEM_INVALID;
  if (!read_number (in, &cur, 6, &n))
    return TRUE;
  skip_blanks (in, &cur);
  c = peek (in, &cur, 0);
  if (c == 'w' || c == 's' || c == 'd' || c == 'j')
    {
      unit = c == 'w' || c == 's' ? 7 : 1;
      cur.pos++;
    }
  if (cur.pos != cur.end)
    return TRUE;

  if ((gint64) n * unit > MAX_RELATIVE_DAYS)
    *problem = PROBLEM_RANGE;
  else
    *problem = valid_day ((gint64) today + (gint64) sign * n * unit, result);
  return TRUE;
}

static gboolean
is_word_char (gunichar c)
{
  return (c >= 'a' && c <= 'z') || c == '\'';
}

/* Appends a run of word characters to the token; FALSE when too long. */
static gboolean
read_word (const Input *in,
           Cursor      *cur,
           Token       *token)
{
  for (; is_word_char (peek (in, cur, 0)); cur->pos++)
    {
      if (token->len >= MAX_WORD)
        return FALSE;
      token->text[token->len++] = (char) peek (in, cur, 0);
    }
  token->text[token->len] = '\0';
  return TRUE;
}

/* Numbers ("2", "1er", "2nd", "2025") and words, separated by blanks,
 * commas and dots ("févr.", "May 2, 2025"). */
static Problem
tokenize (const Input *in,
          Token       *tokens,
          guint       *n_tokens)
{
  static const char * const suffixes[] = { "", "er", "st", "nd", "rd", "th", NULL };
  Cursor cur = { 0, in->len };
  gunichar c;

  *n_tokens = 0;
  while ((c = peek (in, &cur, 0)) != 0)
    {
      Token *token = &tokens[*n_tokens];
      guint n_digits;

      if (is_blank (c) || c == ',' || c == '.')
        {
          cur.pos++;
          continue;
        }
      if (*n_tokens == MAX_TOKENS || !(is_digit (c) || is_word_char (c)))
        return PROBLEM_INVALID;

      memset (token, 0, sizeof *token);
      token->number = is_digit (c);
      for (; is_digit (peek (in, &cur, 0)) && token->len < 4; cur.pos++)
        token->text[token->len++] = (char) peek (in, &cur, 0);
      n_digits = token->len;
      if (is_digit (peek (in, &cur, 0)) || !read_word (in, &cur, token))
        return PROBLEM_INVALID;

      if (token->number)
        {
          token->suffixed = token->len > n_digits;
          if (!g_strv_contains (suffixes, token->text + n_digits))
            return PROBLEM_INVALID;
          token->text[n_digits] = '\0';
          token->len = n_digits;
        }
      (*n_tokens)++;
    }
  return PROBLEM_NONE;
}

/* "2 mai", "May 2", with an optional year: "2 mai 2025", "May 2, 2025". */
static Problem
match_day_month (const Token *t,
                 guint        n,
                 int          weekday,
                 ScDay        today,
                 ScDay       *result)
{
  const Token *day, *month;
  int year, month_value;

  if (n < 2 || n > 3 || t[0].number == t[1].number)
    return PROBLEM_INVALID;
  day = t[0].number ? &t[0] : &t[1];
  month = t[0].number ? &t[1] : &t[0];
  if (day->len > 2 || !lookup (month_names, G_N_ELEMENTS (month_names), month, &month_value))
    return PROBLEM_INVALID;

  sc_day_to_ymd (today, &year, NULL, NULL);
  if (n == 3)
    {
      if (!t[2].number || t[2].suffixed || t[2].len != 4)
        return PROBLEM_INVALID;
      year = atoi (t[2].text);
    }

  *result = sc_day_from_ymd (year, month_value, atoi (day->text));
  if (*result == SC_DAY_NONE)
    return PROBLEM_NO_SUCH_DAY;
  if (weekday != 0 && (int) sc_day_weekday (*result) != weekday)
    return PROBLEM_WEEKDAY;
  return PROBLEM_NONE;
}

/* "demain"; "friday" (the next one after today); the forms of
 * match_day_month(), after an optional day of the week that must agree:
 * "mardi 4 mars 2025", "Tuesday, March 4, 2025". */
static Problem
match_tokens (const Token *t,
              guint        n,
              ScDay        today,
              ScDay       *result)
{
  int weekday = 0, offset;
  gboolean has_weekday;

  if (n == 0)
    return PROBLEM_INVALID;
  if (n == 1 && lookup (relative_names, G_N_ELEMENTS (relative_names), &t[0], &offset))
    return valid_day ((gint64) today + offset, result);

  /* A leading word followed by another word ("tuesday may 2") or by a
   * number and a word ("mardi 2 mai") is a day of the week; "mar 2" is
   * March 2. */
  has_weekday = n == 1 || (!t[0].number && (!t[1].number || (n >= 3 && !t[2].number)));
  if (has_weekday &&
      !lookup (weekday_names, G_N_ELEMENTS (weekday_names), &t[0], &weekday))
    return PROBLEM_INVALID;

  if (n == 1)
    {
      offset = (weekday - (int) sc_day_weekday (today) + 7) % 7;
      return valid_day ((gint64) today + (offset == 0 ? 7 : offset), result);
    }
  return has_weekday ? match_day_month (t + 1, n - 1, weekday, today, result)
                     : match_day_month (t, n, 0, today, result);
}

static Problem
scan_date (const Input *in,
           Cursor       cur,
           ScDay        today,
           ScDay       *result)
{
  Input folded;
  Token tokens[MAX_TOKENS];
  guint n_tokens;
  Problem problem;

  if (cur.pos >= cur.end)
    return PROBLEM_EMPTY;

  fold (in, &cur, &folded);
  if (scan_iso (&folded, result, &problem) ||
      scan_relative (&folded, today, result, &problem))
    return problem;
  if ((problem = tokenize (&folded, tokens, &n_tokens)) != PROBLEM_NONE)
    return problem;
  return match_tokens (tokens, n_tokens, today, result);
}

static const Message date_messages[] = {
  { PROBLEM_EMPTY, N_("Type a date, for example 2025-05-02, May 2, Friday or +7.") },
  { PROBLEM_NO_SUCH_DAY, N_("“%s” is not a day of the calendar: that month has fewer days.") },
  { PROBLEM_WEEKDAY, N_("“%s”: the day of the week does not match the date.") },
  { PROBLEM_RANGE, N_("“%s” is too far from today.") },
  /* Translators: any of the examples in your language is understood;
   * English and French names always are. */
  { PROBLEM_INVALID,
    N_("“%s” is not a date. Type for example 2025-05-02, May 2, Friday or +7.") },
};

static Problem
scan_date_text (const Input *in,
                Cursor       cur,
                Parsed      *parsed)
{
  return scan_date (in, cur, parsed->today, &parsed->day);
}

gboolean
sc_parse_date (ScLang          lang,
               const char     *text,
               ScDay           today,
               ScDay          *result,
               GError        **error)
{
  Parsed parsed = { .lang = lang, .today = today };

  if (parsed.today == SC_DAY_NONE)
    parsed.today = sc_day_today ();
  g_return_val_if_fail (sc_day_valid (parsed.today), FALSE);

  if (!run (scan_date_text, date_messages, G_N_ELEMENTS (date_messages), text, &parsed,
            error))
    return FALSE;

  if (result != NULL)
    *result = parsed.day;
  return TRUE;
}
