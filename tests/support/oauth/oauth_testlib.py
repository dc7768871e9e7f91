"""Helpers for Python tests against the test OAuth server (oauth_server.py) and the test mail server.

Standard library only. The HTTP side never follows redirects: /authorize's 302 is read as it comes.
"""
import base64
import hashlib
import http.client
import json
import os
import secrets
import smtplib
import ssl
import time
import urllib.parse
from pathlib import Path

HOST = "127.0.0.1"
PORT = 9443
BASE = f"https://{HOST}:{PORT}"
CLIENT_ID = "remitente-test-client"
CLIENT_SECRET = "test-secret"
INTROSPECT_CLIENT = ("dovecot-introspect", "introspect-secret")
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SCOPE = "https://mail.example.test/SMTP.Send offline_access"
PASSWORD = "Test-Passw0rd-ñ"
MAIL_BASE = Path(os.environ.get("REMITENTE_TEST_MAIL_DIR", "/tmp/remitente-test-mail"))


class Failure(Exception):
    pass


def check(condition, message):
    """The assertion every test step uses; counts what was checked."""
    check.count += 1
    if not condition:
        raise Failure(message)


check.count = 0


def pkce():
    """(verifier, S256 challenge) as RFC 7636 says."""
    verifier = secrets.token_urlsafe(48)  # 64 characters of [A-Za-z0-9_-]
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    return verifier, challenge


class OAuthServer:
    def __init__(self, ca_file):
        self.context = ssl.create_default_context(cafile=ca_file)

    def request(self, method, path, body=None, headers=None):
        """(status, headers as a dict with lower-case names, body bytes); never follows redirects."""
        connection = http.client.HTTPSConnection(HOST, PORT, context=self.context, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def post_form(self, path, fields, headers=None):
        """(status, JSON answer or None)."""
        all_headers = {"Content-Type": "application/x-www-form-urlencoded"}
        all_headers.update(headers or {})
        status, _, body = self.request("POST", path, urllib.parse.urlencode(fields), all_headers)
        try:
            return status, json.loads(body) if body else None
        except ValueError:
            return status, None

    def admin(self, path, body=None):
        status, _, answer = self.request("POST" if body is not None else "GET", path,
                                         json.dumps(body) if body is not None else None,
                                         {"Content-Type": "application/json"})
        check(status == 200, f"{path} answered {status}: {answer[:200]!r}")
        return json.loads(answer)

    def authorize(self, redirect_uri, challenge, state, scope=SCOPE, login_hint=None, **extra):
        """GET /authorize: (status, parsed Location or None, Location query as a dict, body)."""
        params = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": redirect_uri, "scope": scope,
                  "state": state, "code_challenge": challenge, "code_challenge_method": "S256"}
        if login_hint:
            params["login_hint"] = login_hint
        params.update(extra)
        params = {k: v for k, v in params.items() if v is not None}
        status, headers, body = self.request("GET", "/authorize?" + urllib.parse.urlencode(params))
        location = headers.get("location")
        if location is None:
            return status, None, {}, body
        parts = urllib.parse.urlsplit(location)
        return status, parts, dict(urllib.parse.parse_qsl(parts.query)), body

    def sign_in(self, login_hint=None, scope=SCOPE):
        """The whole authorization code flow with PKCE, checked as a client would: the token answer."""
        verifier, challenge = pkce()
        redirect_uri = "http://127.0.0.1:53682/callback"
        state = secrets.token_urlsafe(16)
        status, location, query, _ = self.authorize(redirect_uri, challenge, state, scope, login_hint)
        check(status == 302 and location is not None, f"/authorize answered {status} without a redirect")
        check((location.scheme, location.netloc, location.path) == ("http", "127.0.0.1:53682", "/callback"),
              f"redirected somewhere else: {location.geturl()}")
        check(query.get("state") == state, "the state came back changed")
        check(query.get("iss") == BASE, f"iss is {query.get('iss')!r}")
        check(query.get("code"), f"no code in the redirect: {query}")
        status, answer = self.post_form("/token", {"grant_type": "authorization_code", "code": query["code"],
                                                   "redirect_uri": redirect_uri, "code_verifier": verifier,
                                                   "client_id": CLIENT_ID})
        check(status == 200, f"the code exchange answered {status}: {answer}")
        return answer

    def refresh(self, refresh_token):
        return self.post_form("/token", {"grant_type": "refresh_token", "refresh_token": refresh_token,
                                         "client_id": CLIENT_ID})

    def introspect(self, token):
        client, secret = INTROSPECT_CLIENT
        return self.post_form("/introspect", {"token": token, "client_id": client, "client_secret": secret})


def xoauth2(user, token):
    return base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode()).decode()


def oauthbearer(user, token, port):
    text = f"n,a={user},\x01host={HOST}\x01port={port}\x01auth=Bearer {token}\x01\x01"
    return base64.b64encode(text.encode()).decode()


def smtp_connect(port, ca_file):
    """Logged-out session on 587 (after STARTTLS) or 465 (TLS); the AUTH mechanisms it offers."""
    context = ssl.create_default_context(cafile=ca_file)
    if port == 465:
        session = smtplib.SMTP_SSL(HOST, 465, context=context, timeout=30)
    else:
        session = smtplib.SMTP(HOST, port, timeout=30)
        session.ehlo("client.example.test")
        session.starttls(context=context)
    session.ehlo("client.example.test")
    return session, set(session.esmtp_features.get("auth", "").upper().split())


def sasl(session, mechanism, response, inline=True, answer_to_challenge=""):
    """AUTH with the response on the AUTH line (inline) or after an empty 334. A 334 challenge after the
    credentials (the failure JSON) is decoded and answered with answer_to_challenge.
    Returns (code, text, decoded challenge JSON or None)."""
    if inline:
        code, text = session.docmd("AUTH", f"{mechanism} {response}")
    else:
        code, text = session.docmd("AUTH", mechanism)
        check(code == 334 and text.strip() == b"", f"AUTH {mechanism} without a response answered {code} {text}")
        code, text = session.docmd(response)
    challenge = None
    if code == 334:
        challenge = json.loads(base64.b64decode(text))
        code, text = session.docmd(answer_to_challenge)
    return code, text.decode(errors="replace"), challenge


def wait_for_delivery(local_part, marker, timeout=15):
    folder = MAIL_BASE / "mail" / "example.test" / local_part / "new"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if folder.is_dir():
            for path in folder.iterdir():
                try:
                    if marker.encode() in path.read_bytes():
                        return path
                except OSError:
                    pass
        time.sleep(0.1)
    return None
