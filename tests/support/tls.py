"""A certificate authority made in the test, and a server certificate it signed, as PEM files.

The CA stands for a company's own CA (or a TLS-inspecting proxy's): the operating system does
not trust it, so a client trusts the server only when it is given `ca_file` explicitly.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path

import trustme

LOOPBACK_NAMES = ("127.0.0.1", "localhost")


@dataclass(frozen=True)
class TlsFiles:
    ca: trustme.CA
    ca_file: Path  # the CA certificate alone: what IT hands out as the extra CA file
    cert_file: Path  # the server's certificate chain
    key_file: Path  # the server's private key

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def make_tls_files(folder: Path, hosts: tuple[str, ...] = LOOPBACK_NAMES) -> TlsFiles:
    """A fresh CA and a certificate for `hosts`, written under `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA(organization_name="wo-desktop test CA")
    leaf = ca.issue_cert(*hosts)
    files = TlsFiles(ca, folder / "ca.pem", folder / "server-chain.pem", folder / "server-key.pem")
    ca.cert_pem.write_to_path(str(files.ca_file))
    files.cert_file.write_bytes(b"".join(blob.bytes() for blob in leaf.cert_chain_pems))
    leaf.private_key_pem.write_to_path(str(files.key_file))
    return files
