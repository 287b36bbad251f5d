# Alice forwards everything to Bob while she is away.
redirect "bob@example.com";
