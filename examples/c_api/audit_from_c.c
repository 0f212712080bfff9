/* A C program that audits a posting through the C API and prints the JSON report. */
#include <stdio.h>
#include <string.h>

#include <cxaudit/c_api.h>

int main(void) {
  const char* title = "Customer Experience Representative";
  const char* text =
      "Answer inbound customer calls in our contact center, meet AHT targets, and log every "
      "case in Zendesk. Rotating shifts.";
  cxaudit_auditor* auditor = NULL;
  cxaudit_status s = cxaudit_create(&auditor);
  if (s != CXAUDIT_OK) {
    fprintf(stderr, "cxaudit_create: %s\n", cxaudit_status_message(s));
    return 1;
  }
  const char* json = NULL;
  size_t length = 0;
  s = cxaudit_audit(auditor, "c-1", 3, title, strlen(title), text, strlen(text), &json, &length);
  if (s != CXAUDIT_OK) {
    fprintf(stderr, "cxaudit_audit: %s (%s)\n", cxaudit_status_message(s),
            cxaudit_last_error(auditor));
    cxaudit_destroy(auditor);
    return 1;
  }
  fwrite(json, 1, length, stdout);
  fputc('\n', stdout);
  /* a bad argument is a status, not a crash */
  s = cxaudit_audit(auditor, NULL, 0, NULL, 5, text, strlen(text), &json, &length);
  printf("null title: %s (%s)\n", cxaudit_status_message(s), cxaudit_last_error(auditor));
  cxaudit_destroy(auditor);
  return 0;
}
