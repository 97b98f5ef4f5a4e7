"""What the tests and the benchmarks share: throw-away PostgreSQL and Redis servers on
loopback (`services`) and the corpus of broken inputs (`broken_inputs`). Not runtime code:
the wheel does not ship it."""
