#!/usr/bin/python3
"""A small OAuth 2.0 authorization server for Remitente's tests (Python standard library only).

  oauth_server.py --pki DIR [--port 9443] [--host 127.0.0.1] [--log FILE]

HTTPS on https://127.0.0.1:9443 with DIR/server.pem and DIR/server.key (tests/support/make-test-pki.sh; trust
DIR/ca.pem). tests/support/mailserver/mailserver.sh starts it before Dovecot (whose oauth2 passdb asks it whether
a token is valid) and stops it with the mail server, so every ctest with FIXTURES_REQUIRED mailserver has it.
Its log is $REMITENTE_TEST_MAIL_DIR/oauth-server.log (default /tmp/remitente-test-mail); tokens, codes and
secrets appear there only as "#" + 10 hex digits of their SHA-256 + "/" + their length.

Clients
  remitente-test-client   the app: a public client (no secret needed); a client_secret, when one is sent (form
                          field or HTTP Basic), must be "test-secret". Any other client_id is invalid_client.
  dovecot-introspect      the mail server (resource server), secret "introspect-secret", only for /introspect.
Users (the mail server's): ana, bob, carol, bench, erin and fede @example.test (erin and fede: IMAP tests). The person
"signed in to the browser" is login_hint when given, else the admin-configured default_user (ana@example.test).

Endpoints (each also answers under a Microsoft-style tenant path, /{tenant}/oauth2/v2.0/authorize, .../token,
.../devicecode, so "{tenant}" in providers.json can be tested; /admin/stats counts the tenants seen)
  GET  /authorize     response_type=code, client_id, redirect_uri, scope, state, code_challenge,
                      code_challenge_method=S256 [, login_hint]. Approves at once, like a browser where the person
                      is signed in and has consented: 302 to redirect_uri?code=...&state=...&iss=https://127.0.0.1:9443.
                      redirect_uri must be http://127.0.0.1:PORT/... or http://localhost:PORT/... (no fragment).
                      An unknown client_id or a bad redirect_uri: a 400 HTML page, never a redirect. Once both are
                      valid, errors are redirected as RFC 6749 4.1.2.1 says (error, error_description, state, iss):
                      unsupported_response_type; invalid_scope (scope missing or empty); invalid_request (state
                      missing, code_challenge missing or not 43 base64url characters, method not S256, login_hint
                      not a test user, a parameter given twice).
  POST /token         application/x-www-form-urlencoded. grant_type=authorization_code (code, redirect_uri,
                      code_verifier, client_id): a code works once and for 10 minutes, redirect_uri must equal the
                      one sent to /authorize, S256(code_verifier) must equal code_challenge; a code used twice is
                      invalid_grant (AADSTS54005) and revokes what it gave. grant_type=refresh_token (refresh_token,
                      client_id [, scope: a subset of the granted one]). grant_type=urn:ietf:params:oauth:grant-type:
                      device_code (device_code, client_id). Success: 200 {access_token, token_type: "Bearer",
                      expires_in, refresh_token, scope}. Failure: {error, error_description[, error_codes]} with 400
                      (401 for invalid_client sent with HTTP Basic): invalid_request, invalid_client,
                      invalid_grant, invalid_scope, unsupported_grant_type, authorization_pending (AADSTS70016),
                      slow_down, expired_token, access_denied. A refresh token of a revoked user: invalid_grant,
                      error_codes [70008], description "AADSTS70008: ..."; one past refresh_token_lifetime:
                      invalid_grant [700082]. Refresh tokens are not rotated unless rotate_refresh is set (then the
                      answer has a new one and the old one is invalid_grant).
  POST /devicecode    client_id, scope: {device_code, user_code, verification_uri, expires_in, interval: 1,
                      message}. Polling /token sooner than the interval (less 0.25 s) answers slow_down and adds 1 s
                      to that code's interval (RFC 8628 says 5 s; 1 s keeps tests quick). The code is approved as
                      default_user on the device_auto_approve_after-th poll (default 2: the first poll is
                      authorization_pending, the second gets tokens; 0: only by hand), by POST /admin/device, or by
                      GET /device?user_code=... (the person typing the code in a browser).
  POST /revoke        RFC 7009: token=... [token_type_hint], client_id. A refresh token: it, the refresh tokens it
                      was rotated into and every access token minted from that sign-in die. An access token: only it.
                      Unknown tokens: 200 as well.
  POST /introspect    RFC 7662 for Dovecot (client dovecot-introspect). Dovecot 2.3.19 with introspection_mode =
                      post sends "token=T&client_id=C&client_secret=S" (Content-Type
                      application/x-www-form-urlencoded, User-Agent dovecot-oauth2-passdb/2.3.19.1). Answers
                      {active: true, username, sub, scope, exp, iat, client_id, token_type} for a live access token,
                      else {active: false}; refresh tokens are never active here, so they cannot log in to SMTP.
  GET  /.well-known/oauth-authorization-server   RFC 8414 metadata.

Admin (JSON over the same HTTPS, for tests; not counted in the stats)
  GET  /admin/config, POST /admin/config {key: value, ...} -> the whole configuration. Keys and defaults:
         access_token_lifetime 3600      seconds (tests set 2 to force refreshes)
         access_token_length 128         characters of new access tokens, 16..100000 (5000: tokens over 4 KiB)
         refresh_token_lifetime 7776000  seconds
         rotate_refresh false            a refresh answers a new refresh token and retires the old one
         require_offline_access false    like Microsoft: no refresh_token unless the scope has offline_access
         next_authorize "approve"        one-shot, for the next valid /authorize: "approve", "deny" (redirect
                                         with error=access_denied, AADSTS65004), "wrong-state" (code with a state
                                         that is not the one sent), "no-redirect" (200 page, no redirect: the
                                         person closed the browser); back to "approve" after one use
         device_auto_approve_after 2     polls
         device_code_lifetime 900        seconds
         default_user "ana@example.test"
         next_token_error ""             one-shot for the next /token request: "server_error" (500 JSON),
                                         "temporarily_unavailable" (503 JSON), "html-500" (500 with an HTML body),
                                         "invalid_grant", "invalid_client"
         token_delay 0                   seconds /token waits before answering (0..30)
  POST /admin/revoke-user {user}    every token and code that user has dies (refresh: invalid_grant AADSTS70008,
                                    SMTP: refused); later sign-ins work again.
  POST /admin/device {user_code, action: "approve"|"deny" [, user]}
  POST /admin/issue {user [, scope, lifetime]}   tokens without a flow, as /token would answer.
  GET  /admin/stats   {requests: {authorize, token, devicecode, device, revoke, introspect, metadata},
                       grant_types: {authorization_code, refresh_token, urn:...:device_code},
                       token_errors: {error: count}, introspection: {active, inactive},
                       issued: {access_tokens, refresh_tokens}, tenants: {tenant: count}}
  POST /admin/reset [{"only": "stats"|"config"}]   everything back to the start (configuration, tokens, stats),
                                                   or only the stats, or only the configuration.

Bounds: request bodies up to 64 KiB (413 above, 411 for chunked), 100 form fields, 15 s per connection idle,
50,000 live access tokens (beyond that the oldest are forgotten).
"""
import argparse
import base64
import hashlib
import html
import http.server
import json
import re
import secrets
import signal
import ssl
import sys
import threading
import time
import traceback
import urllib.parse

CLIENTS = {"remitente-test-client": "test-secret"}
RESOURCE_SERVERS = {"dovecot-introspect": "introspect-secret"}
USERS = ("ana@example.test", "bob@example.test", "carol@example.test", "bench@example.test", "erin@example.test",
         "fede@example.test")
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
GRANT_TYPES = ("authorization_code", "refresh_token", DEVICE_GRANT)
MAX_BODY = 64 * 1024
MAX_FIELDS = 100
CODE_LIFETIME = 600
TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
USER_CODE_CHARS = "BCDFGHJKLMNPQRSTVWXZ"
TENANT_PATH = re.compile(r"^/([A-Za-z0-9.\-]{1,64})/oauth2/v2\.0/(authorize|token|devicecode)$")
CHALLENGE = re.compile(r"^[A-Za-z0-9_-]{43}$")
VERIFIER = re.compile(r"^[A-Za-z0-9._~-]{43,128}$")

DEFAULTS = {
    "access_token_lifetime": 3600,
    "access_token_length": 128,
    "refresh_token_lifetime": 90 * 24 * 3600,
    "rotate_refresh": False,
    "require_offline_access": False,
    "next_authorize": "approve",
    "device_auto_approve_after": 2,
    "device_code_lifetime": 900,
    "default_user": "ana@example.test",
    "next_token_error": "",
    "token_delay": 0,
}
CHOICES = {
    "next_authorize": ("approve", "deny", "wrong-state", "no-redirect"),
    "default_user": USERS,
    "next_token_error": ("", "server_error", "temporarily_unavailable", "html-500", "invalid_grant",
                         "invalid_client"),
}
RANGES = {
    "access_token_lifetime": (0, 10 * 365 * 86400),
    "access_token_length": (16, 100000),
    "refresh_token_lifetime": (0, 10 * 365 * 86400),
    "device_auto_approve_after": (0, 1000),
    "device_code_lifetime": (0, 86400),
    "token_delay": (0, 30),
}

AADSTS70008 = ("AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. "
               "Send a new interactive authorization request for this user and resource.")

log_file = sys.stderr
log_lock = threading.Lock()


def log(text):
    with log_lock:
        log_file.write(time.strftime("%H:%M:%S ") + text + "\n")
        log_file.flush()


def fingerprint(secret):
    """What the log shows of a token, code or secret."""
    if not secret:
        return "(none)"
    return "#" + hashlib.sha256(secret.encode()).hexdigest()[:10] + "/" + str(len(secret))


def random_token(length):
    return "".join(secrets.choice(TOKEN_CHARS) for _ in range(length))


def s256(verifier):
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).decode().rstrip("=")


class OAuthError(Exception):
    def __init__(self, error, description, status=400, codes=None, basic=False):
        super().__init__(description)
        self.error, self.description, self.status, self.codes = error, description, status, codes
        if error == "invalid_client" and basic:
            self.status = 401


class HttpError(Exception):
    def __init__(self, status, text):
        super().__init__(text)
        self.status, self.text = status, text


class State:
    """Everything the server knows; one lock guards it all."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.config = dict(DEFAULTS)
        self.codes = {}      # code -> dict(client_id, redirect_uri, scope, challenge, user, expires, used, grant)
        self.grants = {}     # grant id -> dict(user, client_id, scope, revoked: None | "user" | "revoke" | "code")
        self.refresh = {}    # refresh token -> dict(grant, expires, retired)
        self.access = {}     # access token -> dict(grant, exp, iat, revoked)
        self.devices = {}    # device code -> dict(user_code, client_id, scope, expires, polls, last, interval,
                             #                     status: pending|approved|denied|done, user)
        self.reset_stats()

    def reset_stats(self):
        self.stats = {"requests": {}, "grant_types": {}, "token_errors": {}, "introspection": {"active": 0,
                      "inactive": 0}, "issued": {"access_tokens": 0, "refresh_tokens": 0}, "tenants": {}}

    def count(self, group, key):
        table = self.stats[group]
        if key not in table and len(table) >= 50:
            key = "other"
        table[key] = table.get(key, 0) + 1

    def prune(self):
        """Keeps memory bounded when a benchmark mints many tokens: forgets dead ones."""
        now = time.time()
        if len(self.access) > 20000:
            self.access = {t: a for t, a in self.access.items() if a["exp"] > now and not a["revoked"]}
            if len(self.access) > 50000:  # still: the oldest live ones go
                self.access = dict(list(self.access.items())[-50000:])
        if len(self.codes) > 5000:
            self.codes = {c: r for c, r in self.codes.items() if r["expires"] > now and not r["used"]}
        if len(self.devices) > 5000:
            self.devices = {d: r for d, r in self.devices.items() if r["expires"] > now}

    def new_grant(self, user, client_id, scope):
        grant = secrets.token_hex(8)
        self.grants[grant] = {"user": user, "client_id": client_id, "scope": scope, "revoked": None}
        return grant

    def mint(self, grant, refresh_token=None, lifetime=None):
        """Access token (and refresh token) for a grant, as /token answers them."""
        self.prune()
        g = self.grants[grant]
        cfg = self.config
        lifetime = cfg["access_token_lifetime"] if lifetime is None else lifetime
        now = time.time()
        token = random_token(cfg["access_token_length"])
        self.access[token] = {"grant": grant, "exp": now + lifetime, "iat": now, "revoked": False}
        self.stats["issued"]["access_tokens"] += 1
        answer = {"access_token": token, "token_type": "Bearer", "expires_in": lifetime, "scope": g["scope"]}
        wants_refresh = not cfg["require_offline_access"] or "offline_access" in g["scope"].split()
        if wants_refresh:
            if refresh_token is None or cfg["rotate_refresh"]:
                if refresh_token is not None:
                    self.refresh[refresh_token]["retired"] = True
                refresh_token = "rt." + random_token(60)
                self.refresh[refresh_token] = {"grant": grant, "expires": now + cfg["refresh_token_lifetime"],
                                               "retired": False}
                self.stats["issued"]["refresh_tokens"] += 1
            answer["refresh_token"] = refresh_token
        log(f"issued access {fingerprint(token)} for {g['user']} (expires in {lifetime} s), "
            f"refresh {fingerprint(answer.get('refresh_token'))}")
        return answer

    def revoke_grant(self, grant, reason):
        self.grants[grant]["revoked"] = reason
        for a in self.access.values():
            if a["grant"] == grant:
                a["revoked"] = True

    def access_info(self, token):
        a = self.access.get(token)
        if a is None or a["revoked"] or a["exp"] <= time.time():
            return None
        g = self.grants[a["grant"]]
        if g["revoked"]:
            return None
        return a, g


state = State()


def validate_redirect_uri(uri):
    """None when uri is a loopback redirect this server accepts, else why not."""
    try:
        parts = urllib.parse.urlsplit(uri)
        port = parts.port
    except ValueError:
        return "redirect_uri is not a valid URL"
    if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost"):
        return "redirect_uri must be http://127.0.0.1:PORT/... or http://localhost:PORT/..."
    if port is None:
        return "redirect_uri needs a port"
    if parts.fragment or "#" in uri:
        return "redirect_uri must not have a fragment"
    if parts.username or parts.password:
        return "redirect_uri must not have user information"
    return None


def with_query(uri, params):
    parts = urllib.parse.urlsplit(uri)
    extra = urllib.parse.urlencode(params)
    query = parts.query + "&" + extra if parts.query else extra
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def single_values(pairs, what):
    values = {}
    for key, value in pairs:
        if key in values:
            raise OAuthError("invalid_request", f"{what} parameter {key} appears more than once")
        values[key] = value
    return values


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "RemitenteTestOAuth/1"
    sys_version = ""
    timeout = 15

    # --- plumbing ---------------------------------------------------------------------------------------------
    def log_message(self, fmt, *args):
        pass

    def log_request(self, code="-", size="-"):
        path = self.path.split("?", 1)[0] if isinstance(self.path, str) else "?"
        log(f"{self.command} {path} -> {code}")

    def base_url(self):
        return self.server.base_url

    def send(self, status, body=b"", content_type="application/json;charset=UTF-8", headers=()):
        self.send_response(status)
        if body or status != 204:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        for key, value in headers:
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status, obj, headers=()):
        self.send(status, json.dumps(obj).encode(), headers=headers)

    def send_page(self, status, title, text, headers=()):
        page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
                f"<body><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>").encode()
        self.send(status, page, "text/html;charset=UTF-8", headers)

    def send_oauth_error(self, e):
        body = {"error": e.error, "error_description": e.description}
        if e.codes:
            body["error_codes"] = e.codes
        headers = [("WWW-Authenticate", 'Basic realm="remitente-test"')] if e.status == 401 else []
        self.send_json(e.status, body, headers)

    def read_body(self):
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise HttpError(411, "chunked bodies are not accepted; send Content-Length")
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            size = int(length)
        except ValueError:
            self.close_connection = True
            raise HttpError(400, "bad Content-Length")
        if size < 0 or size > MAX_BODY:
            self.close_connection = True
            # Read (and drop) a body up to 1 MiB so the client gets the 413, not a reset connection.
            left = size if 0 <= size <= 16 * MAX_BODY else 0
            while left > 0:
                chunk = self.rfile.read(min(left, 65536))
                if not chunk:
                    break
                left -= len(chunk)
            raise HttpError(413, f"request bodies are limited to {MAX_BODY} bytes")
        body = self.rfile.read(size)
        if len(body) != size:
            self.close_connection = True
            raise HttpError(400, "body shorter than Content-Length")
        return body

    def form(self):
        body = self.read_body()
        if self.headers.get_content_type() != "application/x-www-form-urlencoded":
            raise OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded")
        try:
            pairs = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False,
                                           max_num_fields=MAX_FIELDS)
        except (UnicodeDecodeError, ValueError):
            raise OAuthError("invalid_request", "the body is not a valid form")
        return single_values(pairs, "form")

    def json_body(self):
        body = self.read_body()
        if not body:
            return {}
        try:
            value = json.loads(body)
        except ValueError:
            raise HttpError(400, "the body is not JSON")
        if not isinstance(value, dict):
            raise HttpError(400, "the body must be a JSON object")
        return value

    def client(self, params, registry=CLIENTS):
        """The authenticated client id (form fields or HTTP Basic)."""
        auth = self.headers.get("Authorization", "")
        basic = auth[:6].lower() == "basic "
        if basic:
            try:
                decoded = base64.b64decode(auth[6:].strip(), validate=True).decode()
                client_id, secret = (urllib.parse.unquote_plus(p) for p in decoded.split(":", 1))
            except (ValueError, UnicodeDecodeError):
                raise OAuthError("invalid_client", "malformed HTTP Basic credentials", basic=True)
            if params.get("client_id") not in (None, "", client_id):
                raise OAuthError("invalid_request", "client_id differs from the HTTP Basic user")
        else:
            client_id, secret = params.get("client_id", ""), params.get("client_secret", "")
        if not client_id:
            raise OAuthError("invalid_request",
                             "AADSTS900144: The request body must contain the following parameter: 'client_id'.",
                             codes=[900144])
        if client_id not in registry:
            raise OAuthError("invalid_client", f"AADSTS700016: Application with identifier '{client_id}' was not "
                             "found in the directory.", codes=[700016], basic=basic)
        if secret and secret != registry[client_id]:
            raise OAuthError("invalid_client", "AADSTS7000215: Invalid client secret provided.", codes=[7000215],
                             basic=basic)
        if registry is RESOURCE_SERVERS and not secret:
            raise OAuthError("invalid_client", "introspection needs the resource server's secret", basic=basic)
        return client_id

    def handle_error_safely(self, func):
        try:
            func()
        except OAuthError as e:
            with state.lock:
                if self.endpoint == "token":
                    state.count("token_errors", e.error)
            log(f"  error {e.error}: {e.description}")
            self.send_oauth_error(e)
        except HttpError as e:
            log(f"  http error {e.status}: {e.text}")
            if self.path.startswith("/admin/"):
                self.send_json(e.status, {"error": e.text})
            else:
                self.send_page(e.status, "Error", e.text)
        except Exception as e:  # a bug here: say so, and keep serving
            log(f"  BUG: {e!r} at line {traceback.extract_tb(e.__traceback__)[-1].lineno}")
            self.close_connection = True
            self.send_json(500, {"error": "server_error", "error_description": f"test server bug: {e!r}"})

    # --- routing ----------------------------------------------------------------------------------------------
    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def do_HEAD(self):
        self.route("HEAD")

    def do_PUT(self):
        self.route("PUT")

    def do_DELETE(self):
        self.route("DELETE")

    def route(self, method):
        path, _, self.query = self.path.partition("?")
        self.endpoint, tenant = path.lstrip("/"), None
        match = TENANT_PATH.match(path)
        if match:
            tenant, self.endpoint = match.group(1), match.group(2)
        routes = {
            ("GET", "authorize"): self.authorize,
            ("POST", "token"): self.token,
            ("POST", "devicecode"): self.devicecode,
            ("GET", "device"): self.device,
            ("POST", "revoke"): self.revoke,
            ("POST", "introspect"): self.introspect,
            ("GET", ".well-known/oauth-authorization-server"): self.metadata,
            ("GET", "admin/config"): self.admin_config,
            ("POST", "admin/config"): self.admin_config,
            ("POST", "admin/revoke-user"): self.admin_revoke_user,
            ("POST", "admin/device"): self.admin_device,
            ("POST", "admin/issue"): self.admin_issue,
            ("GET", "admin/stats"): self.admin_stats,
            ("POST", "admin/reset"): self.admin_reset,
        }
        handler = routes.get((method, self.endpoint))
        if handler is None:
            known = any(endpoint == self.endpoint for _, endpoint in routes)
            # A body this server does not read would be taken for the next request.
            self.close_connection = True
            handler = self.not_found_405 if known else self.not_found_404
        elif not self.endpoint.startswith("admin/"):
            with state.lock:
                state.count("requests", "metadata" if self.endpoint.startswith(".well") else self.endpoint)
                if tenant:
                    state.count("tenants", tenant)
        self.handle_error_safely(handler)

    def not_found_404(self):
        raise HttpError(404, "no such page")

    def not_found_405(self):
        raise HttpError(405, "method not allowed")

    # --- the endpoints ----------------------------------------------------------------------------------------
    def metadata(self):
        base = self.base_url()
        self.send_json(200, {
            "issuer": base,
            "authorization_endpoint": base + "/authorize",
            "token_endpoint": base + "/token",
            "device_authorization_endpoint": base + "/devicecode",
            "revocation_endpoint": base + "/revoke",
            "introspection_endpoint": base + "/introspect",
            "response_types_supported": ["code"],
            "grant_types_supported": list(GRANT_TYPES),
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none", "client_secret_post", "client_secret_basic"],
            "authorization_response_iss_parameter_supported": True,
        })

    def authorize(self):
        try:
            q = single_values(urllib.parse.parse_qsl(self.query, keep_blank_values=True,
                                                     max_num_fields=MAX_FIELDS), "query")
        except (OAuthError, ValueError) as e:
            raise HttpError(400, str(e))
        client_id = q.get("client_id", "")
        if client_id not in CLIENTS:
            raise HttpError(400, f"Unknown client_id '{client_id}': this page does not redirect back.")
        redirect_uri = q.get("redirect_uri", "")
        problem = validate_redirect_uri(redirect_uri)
        if problem:
            raise HttpError(400, problem + ": this page does not redirect back.")
        iss = self.base_url()

        def redirect(params, text):
            if "state" in q and "state" not in params:
                params["state"] = q["state"]
            params["iss"] = iss
            location = with_query(redirect_uri, params)
            self.send_page(302, "Redirecting", text, headers=[("Location", location)])

        def refuse(error, description):
            log(f"  authorize refused: {error}: {description}")
            redirect({"error": error, "error_description": description}, description)

        if q.get("response_type") != "code":
            return refuse("unsupported_response_type", "only response_type=code is supported")
        if not q.get("scope", "").split():
            return refuse("invalid_scope", "scope is missing or empty")
        if not q.get("state"):
            return refuse("invalid_request", "state is required by this server (it protects the redirect)")
        if "code_challenge" not in q:
            return refuse("invalid_request", "code_challenge is required (PKCE)")
        if q.get("code_challenge_method") != "S256":
            return refuse("invalid_request", "code_challenge_method must be S256")
        if not CHALLENGE.match(q["code_challenge"]):
            return refuse("invalid_request", "code_challenge must be 43 base64url characters (S256)")
        with state.lock:
            user = q.get("login_hint", "").strip().lower() or state.config["default_user"]
            mode = state.config["next_authorize"]
        if user not in USERS:
            return refuse("invalid_request", f"login_hint {user} is not a test user ({', '.join(USERS)})")
        with state.lock:
            state.config["next_authorize"] = "approve"
            if mode == "no-redirect":
                log(f"  authorize: {user} signed in, the browser was closed (no redirect)")
                return self.send_page(200, "Signed in", "You are signed in. (The browser was closed before it "
                                      "returned to the application: nothing more will happen.)")
            if mode == "deny":
                log(f"  authorize: {user} declined")
                return redirect({"error": "access_denied",
                                 "error_description": "AADSTS65004: User declined to consent to access the app."},
                                "Declined")
            scope = " ".join(q["scope"].split())
            code = secrets.token_urlsafe(32)
            state.codes[code] = {"client_id": client_id, "redirect_uri": redirect_uri, "scope": scope,
                                 "challenge": q["code_challenge"], "user": user,
                                 "expires": time.time() + CODE_LIFETIME, "used": False, "grant": None}
            state.prune()
        if mode == "wrong-state":
            redirect({"code": code, "state": "not-" + secrets.token_urlsafe(8)}, "Signed in")
            log(f"  authorize: code {fingerprint(code)} for {user} with a WRONG state")
            return
        log(f"  authorize: code {fingerprint(code)} for {user}, scope {scope}")
        redirect({"code": code}, "Signed in")

    def token(self):
        params = self.form()
        grant_type = params.get("grant_type", "")
        with state.lock:
            if grant_type:
                state.count("grant_types", grant_type if grant_type in GRANT_TYPES else "other")
            forced = state.config["next_token_error"]
            state.config["next_token_error"] = ""
            delay = state.config["token_delay"]
        if delay:
            time.sleep(delay)
        if forced == "html-500":
            log("  token: forced HTML 500")
            with state.lock:
                state.count("token_errors", "html-500")
            return self.send_page(500, "Internal Server Error", "Something went wrong (forced by the test).")
        if forced:
            status = {"server_error": 500, "temporarily_unavailable": 503}.get(forced, 400)
            raise OAuthError(forced, f"forced by the test (next_token_error={forced})", status=status)
        client_id = self.client(params)
        if not grant_type:
            raise OAuthError("invalid_request", "grant_type is missing")
        if grant_type == "authorization_code":
            answer = self.code_grant(params, client_id)
        elif grant_type == "refresh_token":
            answer = self.refresh_grant(params, client_id)
        elif grant_type == DEVICE_GRANT:
            answer = self.device_grant(params, client_id)
        else:
            raise OAuthError("unsupported_grant_type", f"grant_type {grant_type} is not supported")
        self.send_json(200, answer)

    def code_grant(self, params, client_id):
        for name in ("code", "redirect_uri"):
            if not params.get(name):
                raise OAuthError("invalid_request", f"{name} is missing")
        if not params.get("code_verifier"):
            raise OAuthError("invalid_request", "code_verifier is missing (PKCE)")
        with state.lock:
            code = state.codes.get(params["code"])
            log(f"  token: code {fingerprint(params['code'])}")
            if code is None:
                raise OAuthError("invalid_grant", "AADSTS9002313: the authorization code is not valid.")
            if code["used"]:
                if code["grant"]:
                    state.revoke_grant(code["grant"], "code")
                raise OAuthError("invalid_grant", "AADSTS54005: OAuth2 Authorization code was already redeemed, "
                                 "please retry with a new valid code or use an existing refresh token.",
                                 codes=[54005])
            if code["expires"] <= time.time():
                raise OAuthError("invalid_grant", AADSTS70008, codes=[70008])
            if code["client_id"] != client_id:
                raise OAuthError("invalid_grant", "the code was issued to another client")
            if code["redirect_uri"] != params["redirect_uri"]:
                raise OAuthError("invalid_grant", "AADSTS50148: redirect_uri does not match the one of the "
                                 "authorization request.")
            if not VERIFIER.match(params["code_verifier"]) or s256(params["code_verifier"]) != code["challenge"]:
                raise OAuthError("invalid_grant", "AADSTS501481: The Code_Verifier does not match the "
                                 "code_challenge supplied in the authorization request.", codes=[501481])
            if code.get("revoked"):
                raise OAuthError("invalid_grant", AADSTS70008, codes=[70008])
            code["used"] = True
            code["grant"] = state.new_grant(code["user"], client_id, code["scope"])
            return state.mint(code["grant"])

    def refresh_grant(self, params, client_id):
        token = params.get("refresh_token")
        if not token:
            raise OAuthError("invalid_request", "refresh_token is missing")
        with state.lock:
            log(f"  token: refresh {fingerprint(token)}")
            record = state.refresh.get(token)
            if record is None:
                raise OAuthError("invalid_grant", "AADSTS9002313: the refresh token is not valid.")
            grant = state.grants[record["grant"]]
            if grant["client_id"] != client_id:
                raise OAuthError("invalid_grant", "the refresh token was issued to another client")
            if grant["revoked"] == "user":
                raise OAuthError("invalid_grant", AADSTS70008, codes=[70008])
            if grant["revoked"]:
                raise OAuthError("invalid_grant", "AADSTS50173: The provided grant has expired due to it being "
                                 "revoked; a fresh auth token is needed.", codes=[50173])
            if record["retired"]:
                raise OAuthError("invalid_grant", "the refresh token was rotated; use the newest one")
            if record["expires"] <= time.time():
                raise OAuthError("invalid_grant", "AADSTS700082: The refresh token has expired due to inactivity.",
                                 codes=[700082])
            if params.get("scope"):
                wanted, granted = set(params["scope"].split()), set(grant["scope"].split())
                if not wanted <= granted:
                    raise OAuthError("invalid_scope", "the scope asked for is more than the one granted")
            return state.mint(record["grant"], refresh_token=token)

    def device_grant(self, params, client_id):
        code = params.get("device_code")
        if not code:
            raise OAuthError("invalid_request", "device_code is missing")
        with state.lock:
            d = state.devices.get(code)
            if d is None or d["client_id"] != client_id:
                raise OAuthError("invalid_grant", "the device_code is not valid")
            now = time.time()
            if d["expires"] <= now:
                raise OAuthError("expired_token", "AADSTS70019: Verification code expired.", codes=[70019])
            if d["status"] == "denied":
                raise OAuthError("access_denied", "AADSTS70000: The user declined the sign-in.", codes=[70000])
            if d["status"] == "done":
                raise OAuthError("invalid_grant", "the device_code was already redeemed")
            if d["last"] is not None and now - d["last"] < d["interval"] - 0.25:
                d["interval"] += 1
                d["last"] = now
                raise OAuthError("slow_down", f"poll at most every {d['interval']} s")
            d["last"] = now
            d["polls"] += 1
            auto = state.config["device_auto_approve_after"]
            if d["status"] == "pending" and auto and d["polls"] >= auto:
                d["status"], d["user"] = "approved", state.config["default_user"]
            if d["status"] == "pending":
                raise OAuthError("authorization_pending", "AADSTS70016: OAuth 2.0 device flow error. Authorization "
                                 "is pending. Continue polling.", codes=[70016])
            d["status"] = "done"
            grant = state.new_grant(d["user"], client_id, d["scope"])
            log(f"  token: device code {fingerprint(code)} approved for {d['user']}")
            return state.mint(grant)

    def devicecode(self):
        params = self.form()
        client_id = self.client(params)
        scope = " ".join(params.get("scope", "").split())
        if not scope:
            raise OAuthError("invalid_scope", "scope is missing or empty")
        with state.lock:
            device_code = secrets.token_urlsafe(32)
            user_code = "".join(secrets.choice(USER_CODE_CHARS) for _ in range(8))
            user_code = user_code[:4] + "-" + user_code[4:]
            lifetime = state.config["device_code_lifetime"]
            state.devices[device_code] = {"user_code": user_code, "client_id": client_id, "scope": scope,
                                          "expires": time.time() + lifetime, "polls": 0, "last": None,
                                          "interval": 1, "status": "pending", "user": None}
            state.prune()
        uri = self.base_url() + "/device"
        log(f"  devicecode {fingerprint(device_code)} user code {user_code}")
        self.send_json(200, {"device_code": device_code, "user_code": user_code, "verification_uri": uri,
                             "expires_in": lifetime, "interval": 1,
                             "message": f"To sign in, use a web browser to open the page {uri} and enter the code "
                                        f"{user_code} to authenticate."})

    def decide_device(self, user_code, action, user):
        with state.lock:
            for d in state.devices.values():
                if d["user_code"] == user_code.upper() and d["status"] == "pending":
                    d["status"] = "approved" if action == "approve" else "denied"
                    d["user"] = user or state.config["default_user"]
                    log(f"  device code {user_code}: {d['status']} ({d['user']})")
                    return True
        return False

    def device(self):
        q = dict(urllib.parse.parse_qsl(self.query, max_num_fields=MAX_FIELDS))
        if not q.get("user_code"):
            return self.send_page(200, "Enter code", "Open /device?user_code=XXXX-XXXX to approve a device.")
        if not self.decide_device(q["user_code"], "approve", None):
            raise HttpError(400, "That code is not waiting for approval.")
        self.send_page(200, "Signed in", "You have signed in on your device. You may close this window.")

    def revoke(self):
        params = self.form()
        self.client(params)
        token = params.get("token")
        if not token:
            raise OAuthError("invalid_request", "token is missing")
        with state.lock:
            if token in state.refresh:
                state.revoke_grant(state.refresh[token]["grant"], "revoke")
                what = "refresh token and its sign-in"
            elif token in state.access:
                state.access[token]["revoked"] = True
                what = "access token"
            else:
                what = "unknown token (nothing to do)"
        log(f"  revoke {fingerprint(token)}: {what}")
        self.send(200, b"")

    def introspect(self):
        params = self.form()
        fields = sorted(params)
        log(f"  introspect: fields {fields}, Content-Type {self.headers.get('Content-Type')}, "
            f"User-Agent {self.headers.get('User-Agent')}, "
            f"HTTP Basic {'yes' if self.headers.get('Authorization') else 'no'}")
        if not params.get("client_id") and not self.headers.get("Authorization"):
            raise OAuthError("invalid_client", "introspection needs the resource server's credentials", status=401)
        try:
            client_id = self.client(params, RESOURCE_SERVERS)
        except OAuthError as e:
            if e.error == "invalid_client":
                e.status = 401
            raise
        token = params.get("token", "")
        if not token:
            raise OAuthError("invalid_request", "token is missing")
        with state.lock:
            info = state.access_info(token)
            state.stats["introspection"]["active" if info else "inactive"] += 1
            if info is None:
                log(f"  introspect {fingerprint(token)} by {client_id}: inactive")
                return self.send_json(200, {"active": False})
            a, g = info
            answer = {"active": True, "username": g["user"], "sub": g["user"], "scope": g["scope"],
                      "exp": int(a["exp"]), "iat": int(a["iat"]), "client_id": g["client_id"],
                      "token_type": "Bearer"}
        log(f"  introspect {fingerprint(token)} by {client_id}: active, {g['user']}")
        self.send_json(200, answer)

    # --- admin ------------------------------------------------------------------------------------------------
    def admin_config(self):
        if self.command == "POST":
            changes = self.json_body()
            with state.lock:
                new = dict(state.config)
                for key, value in changes.items():
                    if key not in DEFAULTS:
                        raise HttpError(400, f"unknown key {key}; known: {', '.join(DEFAULTS)}")
                    kind = type(DEFAULTS[key])
                    if key == "token_delay" and isinstance(value, float):
                        pass
                    elif kind is bool and not isinstance(value, bool):
                        raise HttpError(400, f"{key} must be true or false")
                    elif kind is int and (isinstance(value, bool) or not isinstance(value, int)):
                        raise HttpError(400, f"{key} must be a whole number")
                    elif kind is str and not isinstance(value, str):
                        raise HttpError(400, f"{key} must be a string")
                    if key in CHOICES and value not in CHOICES[key]:
                        raise HttpError(400, f"{key} must be one of {', '.join(map(repr, CHOICES[key]))}")
                    if key in RANGES and not RANGES[key][0] <= value <= RANGES[key][1]:
                        raise HttpError(400, f"{key} must be between {RANGES[key][0]} and {RANGES[key][1]}")
                    new[key] = value
                state.config = new
            log(f"admin: config {json.dumps(changes)}")
        with state.lock:
            self.send_json(200, state.config)

    def admin_revoke_user(self):
        user = str(self.json_body().get("user", "")).lower()
        if user not in USERS:
            raise HttpError(400, f"user must be one of {', '.join(USERS)}")
        with state.lock:
            grants = [g for g, record in state.grants.items() if record["user"] == user and not record["revoked"]]
            for g in grants:
                state.revoke_grant(g, "user")
            codes = 0
            for code in state.codes.values():
                if code["user"] == user and not code["used"]:
                    code["revoked"] = True
                    codes += 1
        log(f"admin: revoked {user}: {len(grants)} sign-ins, {codes} codes")
        self.send_json(200, {"user": user, "revoked_grants": len(grants), "revoked_codes": codes})

    def admin_device(self):
        body = self.json_body()
        action, user = body.get("action"), body.get("user")
        if action not in ("approve", "deny"):
            raise HttpError(400, "action must be approve or deny")
        if user is not None and user not in USERS:
            raise HttpError(400, f"user must be one of {', '.join(USERS)}")
        if not self.decide_device(str(body.get("user_code", "")), action, user):
            raise HttpError(404, "no pending device code with that user_code")
        self.send_json(200, {"user_code": body["user_code"], "action": action})

    def admin_issue(self):
        body = self.json_body()
        user = str(body.get("user", "")).lower()
        if user not in USERS:
            raise HttpError(400, f"user must be one of {', '.join(USERS)}")
        scope = " ".join(str(body.get("scope", "https://mail.example.test/SMTP.Send offline_access")).split())
        lifetime = body.get("lifetime")
        if lifetime is not None and (not isinstance(lifetime, int) or isinstance(lifetime, bool)
                                     or not 0 <= lifetime <= RANGES["access_token_lifetime"][1]):
            raise HttpError(400, "lifetime must be a whole number of seconds")
        with state.lock:
            grant = state.new_grant(user, "remitente-test-client", scope)
            answer = state.mint(grant, lifetime=lifetime)
        self.send_json(200, answer)

    def admin_stats(self):
        with state.lock:
            self.send_json(200, state.stats)

    def admin_reset(self):
        body = self.json_body()
        with state.lock:
            if body.get("only") == "stats":
                state.reset_stats()
            elif body.get("only") == "config":
                state.config = dict(DEFAULTS)
            elif body.get("only") is not None:
                raise HttpError(400, 'only may be "stats" or "config"')
            else:
                state.reset()
        log(f"admin: reset {body.get('only', 'everything')}")
        self.send_json(200, {"reset": body.get("only", "everything")})


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        log(f"connection from {client_address[0]}:{client_address[1]} failed: {sys.exc_info()[1]!r}")


def main():
    global log_file
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pki", required=True, help="directory with server.pem and server.key")
    parser.add_argument("--port", type=int, default=9443)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--log", help="log file (default: standard error)")
    args = parser.parse_args()
    if args.log:
        log_file = open(args.log, "a", encoding="utf-8")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(f"{args.pki}/server.pem", f"{args.pki}/server.key")
    try:
        server = Server((args.host, args.port), Handler)
    except OSError as e:
        print(f"oauth_server: cannot listen on {args.host}:{args.port}: {e.strerror}", file=sys.stderr)
        return 1
    # The handshake happens in each connection's thread, so a client that never speaks TLS blocks nobody.
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    server.base_url = f"https://{args.host}:{args.port}"
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    log(f"listening on {server.base_url}")
    try:
        server.serve_forever()
    finally:
        log("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
