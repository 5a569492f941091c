/* report.h -- printing the production report (text, JSON, CSV).
 *
 * "On pace" compares the year's braille characters with the target
 * scaled by the share of the year that has passed (day of year / days in
 * year, or the whole year for past years). */
#ifndef DV_REPORT_H
#define DV_REPORT_H

#include <stdio.h>
#include "store.h"

enum { DV_REPORT_TEXT, DV_REPORT_JSON, DV_REPORT_CSV };

/* now: seconds since the epoch, used for the pace (tests pass a fixed
 * value). */
void dv_report_print(FILE *out, const dv_report *r, int format, long long now);

#endif
