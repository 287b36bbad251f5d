# Bob files invoices.
require ["fileinto"];

if header :contains "subject" "invoice" {
  fileinto "Invoices";
  stop;
}
keep;
