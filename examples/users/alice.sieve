# Alice is on holiday: file list mail, answer everything else.
require ["fileinto", "vacation"];

if exists "List-Id" {
  fileinto "Lists";
  stop;
}

# The reply interval is missing: sievelint flags it.
vacation :subject "Out of office"
  :from "alice@example.com"
  "I am away until 1 December. For urgent matters write to bob@example.com.";
