/* sc-parse.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parsers for what people type: numbers in either convention ("1 234,56",
 * "1,234.56", "1234.56", "12 %", "$1,200", "150 k$"), ratios ("3 / 11") and
 * dates ("2025-05-02", "vendredi", "friday", "+7", "demain", "2 mai").
 * Nonsense is refused with a GError whose message, in the interface
 * language, says what is expected and quotes (the start of) the text.
 * Any bytes are safe to pass: text that is not UTF-8 or is longer than 256
 * bytes is refused; NULL counts as empty.
 */

#pragma once

#include <glib.h>

#include "sc-types.h"

G_BEGIN_DECLS

#define SC_PARSE_ERROR (sc_parse_error_quark ())

typedef enum
{
  SC_PARSE_ERROR_EMPTY,
  SC_PARSE_ERROR_INVALID,
  SC_PARSE_ERROR_RANGE,
} ScParseError;

typedef enum
{
  SC_PARSED_PLAIN    = 0,
  SC_PARSED_PERCENT  = 1 << 0,   /* a % sign was typed */
  SC_PARSED_CURRENCY = 1 << 1,   /* a currency sign ($, €) was typed */
} ScParsedFlags;

GQuark   sc_parse_error_quark (void);

/* lang decides only the ambiguous cases: "1,234" is 1234 in English and
 * 1,234 in French. Leading/trailing spaces are ignored, a leading '-' or
 * U+2212 makes a negative number, a trailing k/K or M multiplies by 1e3 or
 * 1e6. flags may be NULL. Values beyond ±1e13 are refused (RANGE).
 *
 * Digits are ASCII. Groups are separated by a space (also U+00A0, U+202F,
 * U+2009), ',' or '.': with both ',' and '.', the last is the decimal
 * separator; a kind that appears twice groups; a lone '.' is decimal; a
 * lone ',' is decimal in French, and in English unless exactly three digits
 * follow it in a number that is not grouped by spaces and does not start
 * with 0. Groups are of three digits after a first of one to three that
 * does not start with 0 ("1,23,4" and "0 123" are refused). ".5" is 0.5.
 * Currency: "$", "€", "US$", "CA$", "C$", "CAD", "USD", "EUR" before or after
 * the amount (the sign may stand on either side of a leading one), "$ US"
 * after; '%' after, not with k/M. Exponents, hexadecimal, inf and nan are
 * refused. -0 gives 0. */
gboolean sc_parse_number      (ScLang          lang,
                               const char     *text,
                               double         *value,
                               ScParsedFlags  *flags,
                               GError        **error);
/* "a / b" or "a/b", "a sur b", "a of b": both non-negative plain numbers
 * (no currency or %), b > 0 unless a == 0. */
gboolean sc_parse_ratio       (ScLang          lang,
                               const char     *text,
                               double         *numerator,
                               double         *denominator,
                               GError        **error);
/* Dates relative to today. Weekday names in either language give the next
 * such day after today; "+N" adds N days, "+Nw"/"+Ns" N weeks; "today",
 * "aujourd'hui", "tomorrow", "demain"; "2 mai", "May 2" (this year), with
 * an optional year; ISO "2025-05-02".
 *
 * Also: "yesterday"/"hier"; "-N" (and "+Nd"/"+Nj") days back or forward, up
 * to 36 600 days; "1er mai", "May 2nd"; a leading day of the week that must
 * match the date ("mardi 4 mars 2025", "Tuesday, March 4, 2025", what
 * sc_format_date_long() writes). Names are full or abbreviated, in either
 * language whatever lang is, without regard to case or accents ("FÉVR.",
 * "fevrier"). A day the month does not have ("31 février") is refused.
 * today may be SC_DAY_NONE for sc_day_today(). */
gboolean sc_parse_date        (ScLang          lang,
                               const char     *text,
                               ScDay           today,
                               ScDay          *result,
                               GError        **error);

G_END_DECLS
