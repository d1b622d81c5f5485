/* sc-l10n.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text in a chosen language. The interface uses gettext as usual (_()), in
 * the language of the locale. Documents (workbook, PDF reports) may be
 * written in another language than the interface: L_() and friends look a
 * message up in the catalogue of the language asked for, read straight from
 * the compiled po/fr.po, whatever the process locale is. English is the
 * source language and needs no catalogue.
 */

#pragma once

#include <glib.h>

#include "sc-types.h"

G_BEGIN_DECLS

/* Where the compiled catalogues are (<dir>/fr/LC_MESSAGES/<domain>.mo).
 * NULL means $SALESCADENCE_LOCALEDIR, else the install LOCALEDIR. */
void         sc_l10n_set_localedir (const char  *localedir);
const char  *sc_l10n_get_localedir (void);

/* The language the interface is shown in: French when gettext's active
 * catalogue is the French one, English otherwise. */
ScLang       sc_l10n_ui_lang       (void);
/* Tests and the language override can force it. */
void         sc_l10n_set_ui_lang   (ScLang       lang);

/* Whether a catalogue for lang could be read (always TRUE for English). */
gboolean     sc_l10n_has_catalogue (ScLang       lang);

const char  *sc_l10n_gettext       (ScLang       lang,
                                    const char  *msgid);
const char  *sc_l10n_pgettext      (ScLang       lang,
                                    const char  *context,
                                    const char  *msgid);
const char  *sc_l10n_ngettext      (ScLang       lang,
                                    const char  *msgid,
                                    const char  *msgid_plural,
                                    gulong       n);

/* Parse "fr", "fr_CA.UTF-8", "en", … ; FALSE when neither language. */
gboolean     sc_lang_from_code     (const char  *code,
                                    ScLang      *lang);
const char  *sc_lang_to_code       (ScLang       lang);

/* Keywords for xgettext: L_:2 LC_:2c,3 LN_:2,3 (see po/meson.build). */
#define L_(lang, msgid)              sc_l10n_gettext ((lang), (msgid))
#define LC_(lang, ctx, msgid)        sc_l10n_pgettext ((lang), (ctx), (msgid))
#define LN_(lang, msgid, plural, n)  sc_l10n_ngettext ((lang), (msgid), (plural), (n))

G_END_DECLS
