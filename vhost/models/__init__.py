"""Model files beyond the embedded defaults: a manifest of known models, and the models folder
they are pulled into (with progress, resumable, verified). See `vhost models`."""
