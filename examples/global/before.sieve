# Runs before every personal script (Dovecot sieve_before).
require ["fileinto"];

# Automatic mail (RFC 3834) is filed and never answered or forwarded: fileinto cancels the
# implicit keep, so the personal scripts do not run for it.
if header :contains "Auto-Submitted" "auto" {
  fileinto "Automatic";
  stop;
}
