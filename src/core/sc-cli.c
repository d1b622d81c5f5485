/* sc-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-cli.h"
#include "sc-export.h"
#include "sc-l10n.h"
#include "sc-report.h"
#include "sc-sample.h"
#include "sc-store.h"

#define EXIT_USAGE 2

typedef struct
{
  gboolean   version;
  gboolean   check;
  char      *new_sample;
  int        years;
  int        quarters;
  gboolean   service;
  char     **files;
  char      *export_xlsx;
  char      *report_pdf;
  char      *from;
  char      *to;
  char      *lang;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->new_sample);
  g_strfreev (o->files);
  g_free (o->export_xlsx);
  g_free (o->report_pdf);
  g_free (o->from);
  g_free (o->to);
  g_free (o->lang);
}

static int
usage (GOptionContext *context,
       const char     *message)
{
  g_autofree char *prgname = g_strdup (g_get_prgname ());

  g_printerr ("%s: %s\n", prgname ? prgname : "salescadence", message);
  g_printerr (_("Run “%s --help” to see the options.\n"), prgname ? prgname : "salescadence");
  return EXIT_USAGE;
}

static int
fail (const GError *error)
{
  g_printerr ("%s\n", error->message);
  return 1;
}

static int
run_new_sample (Options *o)
{
  g_autoptr(GError) error = NULL;
  gboolean written;

  if (o->quarters > 0)
    written = sc_sample_write_quarters (o->new_sample, (guint) o->quarters, &error);
  else
    written = sc_sample_write (o->new_sample, o->years > 0 ? (guint) o->years : 0, &error);
  if (!written)
    return fail (error);
  return 0;
}

static int
run_check (Options *o)
{
  g_autoptr(GError) error = NULL;

  if (!sc_store_check_file (o->files[0], &error))
    return fail (error);
  return 0;
}

/* What only --report-pdf asks; NULL when it is not there or is right. */
static const char *
invalid_report (Options *o,
                guint    n_files)
{
  if (o->report_pdf == NULL)
    return NULL;
  if (o->export_xlsx != NULL)
    return _("--export-xlsx and --report-pdf cannot be combined: run them one after the other.");
  if (o->version || o->check || o->new_sample)
    return _("--report-pdf cannot be combined with --version, --check or --new-sample.");
  if (o->report_pdf[0] == '\0')
    return _("--report-pdf needs the path of the report to write.");
  if (n_files != 1)
    return _("--report-pdf needs exactly one company file.");
  return NULL;
}

/* --export-xlsx or --report-pdf, and their period and language. */
static const char *
invalid_export (Options *o,
                guint    n_files)
{
  const char *report_problem = invalid_report (o, n_files);
  ScLang lang;

  if (report_problem != NULL)
    return report_problem;
  if (o->export_xlsx == NULL && o->report_pdf == NULL)
    return o->from || o->to || o->lang
           ? _("--from, --to and --lang only go with --export-xlsx or --report-pdf.")
           : NULL;
  if (o->export_xlsx && (o->version || o->check || o->new_sample))
    return _("--export-xlsx cannot be combined with --version, --check or --new-sample.");
  if (o->export_xlsx && o->export_xlsx[0] == '\0')
    return _("--export-xlsx needs the path of the workbook to write.");
  if (o->export_xlsx && n_files != 1)
    return _("--export-xlsx needs exactly one company file.");
  if (o->from && sc_day_from_iso (o->from) == SC_DAY_NONE)
    return _("--from must be a date written YYYY-MM-DD, such as 2025-04-01.");
  if (o->to && sc_day_from_iso (o->to) == SC_DAY_NONE)
    return _("--to must be a date written YYYY-MM-DD, such as 2025-09-30.");
  if (o->from && o->to && sc_day_from_iso (o->from) > sc_day_from_iso (o->to))
    return _("--from must not be after --to.");
  if (o->lang && !sc_lang_from_code (o->lang, &lang))
    return _("--lang must be fr or en.");
  return NULL;
}

/* The period defaults to the file's fiscal year to date, the language to
 * the file's report language; the file is opened read-only. */
static int
run_export (Options        *o,
            GOptionContext *context)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = sc_store_open (o->files[0], SC_STORE_OPEN_READ_ONLY, &error);
  ScDay from, to;
  ScLang lang;

  if (store == NULL)
    return fail (error);

  sc_export_default_period (store, &from, &to);
  if (o->to != NULL)
    {
      ScCalendar cal;
      ScPeriod year;

      to = sc_day_from_iso (o->to);
      sc_store_get_calendar (store, &cal);
      sc_calendar_period_at (&cal, SC_PERIOD_YEAR, to, &year);
      from = year.first_day;
    }
  if (o->from != NULL)
    from = sc_day_from_iso (o->from);
  if (from > to)
    return usage (context, _("--from must not be after --to, which is the file's today by default."));
  if (o->lang == NULL || !sc_lang_from_code (o->lang, &lang))
    lang = sc_export_default_lang (store);

  if (!sc_export_workbook (store, o->export_xlsx, from, to, lang, &error))
    return fail (error);
  return 0;
}

/* The monthly review report of the last month over, or of the month that
 * holds --to (else --from), as the workbook picks its period; in the
 * file's report language unless --lang says; the file opened read-only. */
static int
run_report (Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = sc_store_open (o->files[0], SC_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(ScReport) report = NULL;
  ScReportSubject subject = { SC_REPORT_MONTHLY_REVIEW, SC_DAY_NONE, 0, 0 };
  ScLang lang;

  if (store == NULL)
    return fail (error);

  if (o->to != NULL || o->from != NULL)
    sc_report_month_at (store, sc_day_from_iso (o->to ? o->to : o->from), &subject.year,
                        &subject.index);
  else
    sc_report_last_month (store, &subject.year, &subject.index);
  if (o->lang == NULL || !sc_lang_from_code (o->lang, &lang))
    lang = sc_export_default_lang (store);

  report = sc_report_new (store, &subject, lang, &error);
  if (report == NULL || !sc_report_write_pdf (report, sc_paper_default (), o->report_pdf, &error))
    return fail (error);
  return 0;
}

/* Validates the combination of options; returns a message or NULL. */
static const char *
invalid_combination (Options *o)
{
  guint n_files = o->files ? g_strv_length (o->files) : 0;
  int jobs = (o->version ? 1 : 0) + (o->check ? 1 : 0) + (o->new_sample ? 1 : 0);
  const char *export_problem = invalid_export (o, n_files);

  if (export_problem != NULL)
    return export_problem;

  if (jobs > 1)
    return _("--version, --check and --new-sample cannot be combined.");
  if (o->years != 0 && o->new_sample == NULL)
    return _("--years only goes with --new-sample.");
  if (o->years < 0 || o->years > 100)
    return _("--years must be a number of years from 1 to 100.");
  if (o->quarters != 0 && (o->new_sample == NULL || o->years != 0))
    return _("--quarters only goes with --new-sample, and not with --years.");
  if (o->quarters < 0 || o->quarters > 400)
    return _("--quarters must be a number of quarters from 1 to 400.");
  if (o->new_sample != NULL && n_files > 0)
    return _("--new-sample takes no company file.");
  if (o->check && n_files != 1)
    return _("--check needs exactly one company file.");
  if (o->version && n_files > 0)
    return _("--version takes no company file.");
  return NULL;
}

gboolean
sc_cli_run (int    argc,
            char **argv,
            int   *exit_status)
{
  Options o = { 0 };
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &o.version,
      N_("Print the version and exit"), NULL },
    { "new-sample", 0, 0, G_OPTION_ARG_FILENAME, &o.new_sample,
      N_("Write the sample company to PATH, then exit"), N_("PATH") },
    { "years", 0, 0, G_OPTION_ARG_INT, &o.years,
      N_("With --new-sample: give the sample N years of history"), N_("N") },
    { "quarters", 0, 0, G_OPTION_ARG_INT, &o.quarters,
      N_("With --new-sample: give the sample N quarters of history (1: the current quarter only)"),
      N_("N") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &o.check,
      N_("Verify FILE (integrity, schema) and exit 0 if it is sound"), NULL },
    { "export-xlsx", 0, 0, G_OPTION_ARG_FILENAME, &o.export_xlsx,
      N_("Write FILE's workbook for the accountant to PATH, then exit"), N_("PATH") },
    { "report-pdf", 0, 0, G_OPTION_ARG_FILENAME, &o.report_pdf,
      N_("Write FILE's monthly review report to PATH as PDF, then exit"), N_("PATH") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from,
      N_("First day of the exported period (default: start of the fiscal year)"),
      N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o.to,
      N_("Last day of the exported period (default: today)"), N_("YYYY-MM-DD") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &o.lang,
      N_("Language of the exported document (default: the file's report language)"),
      N_("fr|en") },
    /* GApplication's own option for D-Bus activation: let it through. */
    { "gapplication-service", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &o.service,
      NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  const char *invalid;
  int n = argc;

  g_return_val_if_fail (exit_status != NULL, FALSE);

  context = g_option_context_new (_("[FILE]"));
  g_option_context_set_summary (context,
                                _("Keep sales and marketing on a weekly rhythm. With no option, "
                                  "opens FILE (by default the last company file) in a window."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  /* Parse a copy: the application gets the command line untouched. */
  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  {
    char **parse_argv = g_memdup2 (args, sizeof (char *) * (argc + 1));
    gboolean parsed = g_option_context_parse (context, &n, &parse_argv, &error);

    g_free (parse_argv);
    if (!parsed)
      {
        *exit_status = usage (context, error->message);
        options_clear (&o);
        return TRUE;
      }
  }

  invalid = invalid_combination (&o);
  if (invalid != NULL)
    *exit_status = usage (context, invalid);
  else if (o.version)
    {
      g_print ("salescadence %s\n", PACKAGE_VERSION);
      *exit_status = 0;
    }
  else if (o.new_sample != NULL)
    *exit_status = run_new_sample (&o);
  else if (o.check)
    *exit_status = run_check (&o);
  else if (o.export_xlsx != NULL)
    *exit_status = run_export (&o, context);
  else if (o.report_pdf != NULL)
    *exit_status = run_report (&o);
  else
    {
      options_clear (&o);
      return FALSE;
    }

  options_clear (&o);
  return TRUE;
}
