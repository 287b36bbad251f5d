# Bob forwards everything to Alice while he is away: a loop with Alice's script.
redirect "alice@example.com";
