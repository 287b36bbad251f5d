# Dave keeps a copy and forwards everything to his team while he is travelling.
require ["copy"];

redirect :copy "team@example.com";
