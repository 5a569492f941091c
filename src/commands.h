/* commands.h -- command implementations kept out of main.c.  Each takes
 * the command's own argc/argv (argv[0] = "dotvox CMD") and returns the
 * process exit status (0 ok, 1 failure, 2 usage, 3 manifest). */
#ifndef DV_COMMANDS_H
#define DV_COMMANDS_H

int dv_cmd_convert(int argc, char **argv, int only);
int dv_cmd_batch(int argc, char **argv);
int dv_cmd_jobs(int argc, char **argv);
int dv_cmd_pinyin(int argc, char **argv);
int dv_cmd_words(int argc, char **argv);
int dv_cmd_serve(int argc, char **argv);     /* serve.c */
int dv_cmd_library(int argc, char **argv);   /* serve.c */

#endif
