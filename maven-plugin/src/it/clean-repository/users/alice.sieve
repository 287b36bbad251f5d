# Alice files mailing-list mail into its own folder.
require ["fileinto"];

if exists "List-Id" {
  fileinto "Lists";
}
