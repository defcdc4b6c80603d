"""A server that speaks the contract (CONTRACT.md), for the tests, `--demo` and IT.

The product never imports it; it needs the "sandbox" extra (Starlette, uvicorn).
Start with `harness.SandboxServer` in Python or `cli.serve_main` from a shell.
"""
