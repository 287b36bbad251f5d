# Bob sorts newsletters and invoices into folders.
require ["fileinto", "imap4flags"];

if header :contains "List-Id" "newsletter" {
  fileinto "Newsletters";
} elsif allof (address :domain :is "from" "billing.example.net",
               header :contains "subject" ["invoice", "receipt"]) {
  addflag "\\Flagged";
  fileinto "Invoices";
} else {
  keep;
}
