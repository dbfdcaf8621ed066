// Stands in for a parser stuck on a hostile file: it never reports anything.
setInterval(() => {}, 1_000);
