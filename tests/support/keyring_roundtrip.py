"""Run inside a private D-Bus session with gnome-keyring: store, read and delete a password
through wo_desktop.credentials, and print what happened for the parent test to check."""

import sys

import keyring
from keyring.backends import SecretService

from wo_desktop.credentials import SERVICE, KeyringCredentials, entry_name

keyring.set_keyring(SecretService.Keyring())
creds = KeyringCredentials()
print("backend", creds.backend_name())
creds.set("https://example.test/api", "alice", "acme", sys.argv[1])
print("read-back-matches", creds.get("https://example.test/api", "alice", "acme") == sys.argv[1])
print(
    "raw-entry-present",
    keyring.get_password(SERVICE, entry_name("https://example.test/api", "alice", "acme"))
    is not None,
)
print("deleted", creds.delete("https://example.test/api", "alice", "acme"))
print("after-delete", creds.get("https://example.test/api", "alice", "acme"))
