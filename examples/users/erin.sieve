# Erin forwards everything to Dave's "fwd" subaddress (written in mixed case).
# Together with Dave's redirect and the team alias, this closes a loop.
require ["fileinto"];

if header :contains "Subject" "[invoice]" {
  fileinto "Invoices";
} else {
  redirect "Dave+fwd@Example.COM";
}
