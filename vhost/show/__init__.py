"""The show as a whole, above the engine and the chat: what every front end (the CLI, the app,
a soak run) attaches to a running engine, such as the store's record of it."""
