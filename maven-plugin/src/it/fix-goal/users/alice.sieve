require "fileinto";
# filed by subject
if header :matches "Subject" "invoice" {
  fileinto "Invoices";
}
