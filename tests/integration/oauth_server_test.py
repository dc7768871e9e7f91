#!/usr/bin/python3
"""The test OAuth server's own promises (tests/support/oauth/oauth_server.py), which the C++ tests rely on: every
error it documents, the admin switches, the stats, the bounds.

  oauth_server_test.py --ca PKI_DIR/ca.pem

Needs the ctest fixture "mailserver" (which starts the server). Exit 0: every step passed; 1: one failed.
"""
import argparse
import base64
import json
import sys
import time
import traceback
import urllib.parse
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support" / "oauth"))
from oauth_testlib import (BASE, CLIENT_ID, CLIENT_SECRET, DEVICE_GRANT, SCOPE, Failure, OAuthServer,  # noqa: E402
                           check, pkce)

REDIRECT = "http://localhost:40123/cb"
SOURCE_DIR = Path(__file__).resolve().parent.parent.parent
OAUTH2_KEYS = {"authorizeUrl", "tokenUrl", "deviceCodeUrl", "scopes", "clientId", "clientSecret", "tenant"}
server = None


def code_for(login_hint=None, redirect_uri=REDIRECT, scope=SCOPE):
    verifier, challenge = pkce()
    status, _, query, _ = server.authorize(redirect_uri, challenge, "s1", scope, login_hint)
    check(status == 302 and "code" in query, f"/authorize: {status} {query}")
    return query["code"], verifier


def exchange(code, verifier, redirect_uri=REDIRECT, **extra):
    fields = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
              "code_verifier": verifier, "client_id": CLIENT_ID}
    fields.update(extra)
    return server.post_form("/token", {k: v for k, v in fields.items() if v is not None})


def expect_error(result, status, error, code=None):
    got_status, answer = result
    check(got_status == status and answer and answer.get("error") == error,
          f"expected {status} {error}, got {got_status} {answer}")
    if code is not None:
        check(code in answer.get("error_codes", []) and answer["error_description"].startswith(f"AADSTS{code}:"),
              f"expected AADSTS{code}: {answer}")
    return answer


def active(token):
    status, answer = server.introspect(token)
    check(status == 200, f"introspection: {status} {answer}")
    return answer


# --- the steps ------------------------------------------------------------------------------------------------

def step_metadata():
    status, _, body = server.request("GET", "/.well-known/oauth-authorization-server")
    check(status == 200, f"metadata: {status}")
    meta = json.loads(body)
    check(meta["issuer"] == BASE and meta["token_endpoint"] == BASE + "/token"
          and meta["code_challenge_methods_supported"] == ["S256"], f"metadata {meta}")


def step_authorize_refusals_without_redirect():
    _, challenge = pkce()
    for uri in ("https://127.0.0.1:4000/cb", "http://example.com:4000/cb", "http://127.0.0.1/cb",
                "http://127.0.0.1:4000/cb#x", "not a url", ""):
        status, location, _, _ = server.authorize(uri, challenge, "s")
        check(status == 400 and location is None, f"redirect_uri {uri!r}: {status} {location}")
    params = {"response_type": "code", "client_id": "someone-else", "redirect_uri": REDIRECT, "scope": SCOPE,
              "state": "s", "code_challenge": challenge, "code_challenge_method": "S256"}
    status, headers, _ = server.request("GET", "/authorize?" + urllib.parse.urlencode(params))
    check(status == 400 and "location" not in headers, f"unknown client: {status}")
    status, headers, _ = server.request("GET", "/authorize?" + urllib.parse.urlencode(params).replace(
        "client_id=someone-else", f"client_id={CLIENT_ID}") + "&state=again")
    check(status == 400 and "location" not in headers, f"a parameter twice: {status}")


def step_authorize_refusals_redirected():
    _, challenge = pkce()
    cases = [({"code_challenge": None}, "invalid_request"), ({"code_challenge_method": "plain"}, "invalid_request"),
             ({"code_challenge": "short"}, "invalid_request"), ({"scope": " "}, "invalid_scope"),
             ({"response_type": "token"}, "unsupported_response_type"),
             ({"login_hint": "zoe@example.test"}, "invalid_request")]
    for extra, error in cases:
        status, location, query, _ = server.authorize(REDIRECT, challenge, "st", **extra)
        check(status == 302 and query.get("error") == error and query.get("state") == "st"
              and query.get("iss") == BASE and "code" not in query, f"{extra}: {status} {query}")
        check(location.netloc == "localhost:40123", f"{extra}: redirected to {location.geturl()}")
    status, _, query, _ = server.authorize(REDIRECT, challenge, None)
    check(status == 302 and query.get("error") == "invalid_request" and "state" not in query, f"no state: {query}")
    status, location, query, _ = server.authorize(REDIRECT + "?keep=1", challenge, "st")
    check(status == 302 and query.get("keep") == "1" and "code" in query, f"redirect_uri with a query: {query}")


def step_next_authorize():
    _, challenge = pkce()
    server.admin("/admin/config", {"next_authorize": "deny"})
    status, _, query, _ = server.authorize(REDIRECT, challenge, "d1")
    check(status == 302 and query.get("error") == "access_denied" and query.get("state") == "d1"
          and query.get("error_description", "").startswith("AADSTS65004:"), f"deny: {query}")
    status, _, query, _ = server.authorize(REDIRECT, challenge, "d2")
    check(status == 302 and "code" in query, f"deny is one-shot: {query}")
    server.admin("/admin/config", {"next_authorize": "wrong-state"})
    status, _, query, _ = server.authorize(REDIRECT, challenge, "w1")
    check(status == 302 and "code" in query and query.get("state") not in (None, "w1"), f"wrong-state: {query}")
    server.admin("/admin/config", {"next_authorize": "no-redirect"})
    status, location, _, body = server.authorize(REDIRECT, challenge, "n1")
    check(status == 200 and location is None and b"<html" in body, f"no-redirect: {status} {location}")
    check(server.admin("/admin/config")["next_authorize"] == "approve", "no-redirect is one-shot")


def step_login_hint_and_default_user():
    code, verifier = code_for(login_hint="Bob@Example.test")
    status, answer = exchange(code, verifier)
    check(status == 200 and active(answer["access_token"]).get("username") == "bob@example.test",
          f"login_hint bob: {status} {answer}")
    server.admin("/admin/config", {"default_user": "carol@example.test"})
    code, verifier = code_for()
    status, answer = exchange(code, verifier)
    check(status == 200 and active(answer["access_token"]).get("username") == "carol@example.test",
          f"default_user carol: {status}")


def step_code_exchange_refusals():
    code, verifier = code_for()
    expect_error(exchange(code, pkce()[0]), 400, "invalid_grant", 501481)
    expect_error(exchange(code, verifier, redirect_uri="http://localhost:40124/cb"), 400, "invalid_grant")
    expect_error(exchange(code, None), 400, "invalid_request")
    expect_error(exchange(code, verifier, client_id="someone-else"), 400, "invalid_client", 700016)
    expect_error(exchange(code, verifier, client_secret="wrong"), 400, "invalid_client", 7000215)
    status, answer = exchange(code, verifier, client_secret=CLIENT_SECRET)
    check(status == 200 and answer["token_type"] == "Bearer", f"with the right secret: {status} {answer}")
    check(active(answer["access_token"]).get("active") is True, "the token is active")
    expect_error(exchange(code, verifier), 400, "invalid_grant", 54005)
    check(active(answer["access_token"]) == {"active": False}, "a code used twice revokes its tokens")
    expect_error(exchange("no-such-code", verifier), 400, "invalid_grant")


def step_client_authentication():
    code, verifier = code_for()
    wrong = base64.b64encode(f"{CLIENT_ID}:nope".encode()).decode()
    status, answer = server.post_form("/token", {"grant_type": "authorization_code", "code": code,
                                                 "redirect_uri": REDIRECT, "code_verifier": verifier},
                                      headers={"Authorization": "Basic " + wrong})
    check(status == 401 and answer["error"] == "invalid_client", f"Basic with a wrong secret: {status} {answer}")
    right = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    status, answer = server.post_form("/token", {"grant_type": "authorization_code", "code": code,
                                                 "redirect_uri": REDIRECT, "code_verifier": verifier},
                                      headers={"Authorization": "Basic " + right})
    check(status == 200, f"Basic with the right secret: {status} {answer}")
    expect_error(server.post_form("/token", {"client_id": CLIENT_ID}), 400, "invalid_request")
    expect_error(server.post_form("/token", {"client_id": CLIENT_ID, "grant_type": "password"}), 400,
                 "unsupported_grant_type")
    status, _, body = server.request("POST", "/token", '{"grant_type": "refresh_token"}',
                                     {"Content-Type": "application/json"})
    check(status == 400 and b"invalid_request" in body, f"a JSON body: {status} {body}")


def step_refresh():
    code, verifier = code_for()
    first = exchange(code, verifier)[1]
    status, second = server.refresh(first["refresh_token"])
    check(status == 200 and second["refresh_token"] == first["refresh_token"]
          and second["access_token"] != first["access_token"], f"no rotation: {status} {second}")
    check(active(first["access_token"])["active"] and active(second["access_token"])["active"],
          "both access tokens stay valid")
    expect_error(server.post_form("/token", {"grant_type": "refresh_token", "refresh_token": first["refresh_token"],
                                             "client_id": CLIENT_ID, "scope": SCOPE + " Mail.ReadWrite"}),
                 400, "invalid_scope")
    server.admin("/admin/config", {"rotate_refresh": True})
    status, third = server.refresh(first["refresh_token"])
    check(status == 200 and third["refresh_token"] != first["refresh_token"], f"rotation: {status} {third}")
    expect_error(server.refresh(first["refresh_token"]), 400, "invalid_grant")
    check(server.refresh(third["refresh_token"])[0] == 200, "the rotated refresh token works")
    expect_error(server.refresh("rt.nothing"), 400, "invalid_grant")


def step_refresh_lifetime_and_offline_access():
    server.admin("/admin/config", {"refresh_token_lifetime": 1, "access_token_lifetime": 1})
    code, verifier = code_for()
    answer = exchange(code, verifier)[1]
    time.sleep(1.5)
    check(active(answer["access_token"]) == {"active": False}, "an expired access token is inactive")
    expect_error(server.refresh(answer["refresh_token"]), 400, "invalid_grant", 700082)
    server.admin("/admin/config", {"require_offline_access": True})
    code, verifier = code_for(scope="https://mail.example.test/SMTP.Send")
    status, answer = exchange(code, verifier)
    check(status == 200 and "refresh_token" not in answer, f"without offline_access: {answer}")
    code, verifier = code_for()
    check("refresh_token" in exchange(code, verifier)[1], "with offline_access")


def step_revoke():
    code, verifier = code_for()
    answer = exchange(code, verifier)[1]
    status, _ = server.post_form("/revoke", {"token": answer["access_token"], "client_id": CLIENT_ID})
    check(status == 200, f"revoke an access token: {status}")
    check(active(answer["access_token"]) == {"active": False}, "the revoked access token is inactive")
    status, renewed = server.refresh(answer["refresh_token"])
    check(status == 200, f"its refresh token still works: {status} {renewed}")
    status, _ = server.post_form("/revoke", {"token": answer["refresh_token"], "client_id": CLIENT_ID,
                                             "token_type_hint": "refresh_token"})
    check(status == 200, f"revoke a refresh token: {status}")
    check(active(renewed["access_token"]) == {"active": False}, "access tokens of a revoked refresh token die")
    expect_error(server.refresh(answer["refresh_token"]), 400, "invalid_grant", 50173)
    check(server.post_form("/revoke", {"token": "unknown", "client_id": CLIENT_ID})[0] == 200, "unknown: 200")
    expect_error(server.post_form("/revoke", {"token": "x", "client_id": "someone-else"}), 400, "invalid_client")
    expect_error(server.post_form("/revoke", {"client_id": CLIENT_ID}), 400, "invalid_request")


def step_revoke_user():
    code, verifier = code_for(login_hint="carol@example.test")
    carol = exchange(code, verifier)[1]
    code, verifier = code_for(login_hint="bob@example.test")
    bob = exchange(code, verifier)[1]
    pending_code, pending_verifier = code_for(login_hint="carol@example.test")
    revoked = server.admin("/admin/revoke-user", {"user": "carol@example.test"})
    check(revoked["revoked_grants"] == 1 and revoked["revoked_codes"] == 1, f"revoke-user: {revoked}")
    check(active(carol["access_token"]) == {"active": False}, "carol's access token dies")
    expect_error(server.refresh(carol["refresh_token"]), 400, "invalid_grant", 70008)
    expect_error(exchange(pending_code, pending_verifier), 400, "invalid_grant", 70008)
    check(active(bob["access_token"])["active"] and server.refresh(bob["refresh_token"])[0] == 200,
          "bob is untouched")
    code, verifier = code_for(login_hint="carol@example.test")
    check(exchange(code, verifier)[0] == 200, "carol can sign in again")


def step_device_flow():
    expect_error(server.post_form("/devicecode", {"client_id": CLIENT_ID}), 400, "invalid_scope")
    expect_error(server.post_form("/devicecode", {"client_id": "x", "scope": SCOPE}), 400, "invalid_client")
    server.admin("/admin/config", {"device_auto_approve_after": 0})

    def start():
        status, device = server.post_form("/devicecode", {"client_id": CLIENT_ID, "scope": SCOPE})
        check(status == 200 and device["verification_uri"] == BASE + "/device", f"/devicecode: {device}")
        return device, {"grant_type": DEVICE_GRANT, "device_code": device["device_code"], "client_id": CLIENT_ID}

    device, poll = start()
    expect_error(server.post_form("/token", poll), 400, "authorization_pending", 70016)
    expect_error(server.post_form("/token", poll), 400, "slow_down")
    time.sleep(2.1)  # the interval is 2 s now
    expect_error(server.post_form("/token", poll), 400, "authorization_pending")
    server.admin("/admin/device", {"user_code": device["user_code"], "action": "approve", "user": "bob@example.test"})
    time.sleep(2.1)
    status, answer = server.post_form("/token", poll)
    check(status == 200 and active(answer["access_token"]).get("username") == "bob@example.test",
          f"approved for bob: {status} {answer}")
    time.sleep(2.1)
    expect_error(server.post_form("/token", poll), 400, "invalid_grant")

    device, poll = start()
    server.admin("/admin/device", {"user_code": device["user_code"], "action": "deny"})
    expect_error(server.post_form("/token", poll), 400, "access_denied")

    device, poll = start()
    status, _, body = server.request("GET", "/device?user_code=" + device["user_code"])
    check(status == 200, f"GET /device: {status} {body[:100]}")
    status, answer = server.post_form("/token", poll)
    check(status == 200 and active(answer["access_token"]).get("username") == "ana@example.test",
          f"approved in the browser: {status} {answer}")

    server.admin("/admin/config", {"device_code_lifetime": 1})
    device, poll = start()
    time.sleep(1.2)
    expect_error(server.post_form("/token", poll), 400, "expired_token")


def step_introspection_access():
    code, verifier = code_for()
    answer = exchange(code, verifier)[1]
    result = active(answer["access_token"])
    check(result.get("active") is True and result["username"] == "ana@example.test" and result["client_id"] == CLIENT_ID
          and result["scope"] == SCOPE and result["exp"] > time.time(), f"introspection: {result}")
    check(active(answer["refresh_token"]) == {"active": False}, "a refresh token is never active")
    status, error = server.post_form("/introspect", {"token": answer["access_token"]})
    check(status == 401 and error["error"] == "invalid_client", f"introspection without credentials: {status}")
    status, error = server.post_form("/introspect", {"token": answer["access_token"], "client_id": CLIENT_ID})
    check(status == 401, f"introspection by the app's client: {status}")


def step_forced_token_errors_and_delay():
    for forced, status in (("server_error", 500), ("temporarily_unavailable", 503), ("invalid_grant", 400)):
        server.admin("/admin/config", {"next_token_error": forced})
        code, verifier = code_for()
        expect_error(exchange(code, verifier), status, forced)
        check(exchange(code, verifier)[0] == 200, f"{forced} is one-shot and leaves the code unused")
    server.admin("/admin/config", {"next_token_error": "html-500"})
    status, headers, body = server.request("POST", "/token", "grant_type=refresh_token",
                                           {"Content-Type": "application/x-www-form-urlencoded"})
    check(status == 500 and headers["content-type"].startswith("text/html"), f"html-500: {status} {headers}")
    server.admin("/admin/config", {"token_delay": 1})
    code, verifier = code_for()
    started = time.monotonic()
    check(exchange(code, verifier)[0] == 200 and time.monotonic() - started >= 1, "token_delay")


def step_long_tokens():
    server.admin("/admin/config", {"access_token_length": 5000})
    code, verifier = code_for()
    answer = exchange(code, verifier)[1]
    check(len(answer["access_token"]) == 5000 and active(answer["access_token"])["active"], "a 5,000-char token")
    issued = server.admin("/admin/issue", {"user": "bob@example.test", "lifetime": 60})
    check(len(issued["access_token"]) == 5000 and issued["expires_in"] == 60, f"/admin/issue: {issued['expires_in']}")


def step_admin_validation():
    for body in ({"no_such_key": 1}, {"access_token_lifetime": "2"}, {"access_token_length": 10},
                 {"next_authorize": "maybe"}, {"rotate_refresh": 1}, {"default_user": "zoe@example.test"}):
        status, _, answer = server.request("POST", "/admin/config", json.dumps(body),
                                           {"Content-Type": "application/json"})
        check(status == 400, f"/admin/config {body}: {status} {answer}")
    status, _, _ = server.request("POST", "/admin/revoke-user", '{"user": "zoe@example.test"}')
    check(status == 400, f"revoke-user of a stranger: {status}")


def step_bounds():
    status, _, _ = server.request("POST", "/token", "a=" + "x" * (64 * 1024),
                                  {"Content-Type": "application/x-www-form-urlencoded"})
    check(status == 413, f"a body over 64 KiB: {status}")
    check(server.request("GET", "/nothing")[0] == 404, "unknown path: 404")
    check(server.request("GET", "/token")[0] == 405, "GET /token: 405")


def step_stats_and_tenants():
    server.admin("/admin/reset", {"only": "stats"})
    code, verifier = code_for()
    answer = exchange(code, verifier)[1]
    server.refresh(answer["refresh_token"])
    status, refreshed = server.post_form("/organizations/oauth2/v2.0/token", {
        "grant_type": "refresh_token", "refresh_token": answer["refresh_token"], "client_id": CLIENT_ID})
    check(status == 200, f"Microsoft-style tenant path: {status} {refreshed}")
    expect_error(server.refresh("nothing"), 400, "invalid_grant")
    stats = server.admin("/admin/stats")
    check(stats["requests"] == {"authorize": 1, "token": 4}, f"requests {stats['requests']}")
    check(stats["grant_types"] == {"authorization_code": 1, "refresh_token": 3}, f"grant types {stats}")
    check(stats["token_errors"] == {"invalid_grant": 1}, f"token errors {stats['token_errors']}")
    check(stats["tenants"] == {"organizations": 1}, f"tenants {stats['tenants']}")
    check(stats["issued"] == {"access_tokens": 3, "refresh_tokens": 1}, f"issued {stats['issued']}")


def step_providers_sample():
    """tests/support/oauth/providers-test.json: entries shaped like resources/providers.json's, with an oauth2
    object of exactly the documented keys, whose addresses work here (code flow and device code)."""
    sample = json.loads((SOURCE_DIR / "tests/support/oauth/providers-test.json").read_text())
    builtin = json.loads((SOURCE_DIR / "resources/providers.json").read_text())
    known_keys = set().union(*(p.keys() for p in builtin["providers"])) | {"oauth2"}
    check(sample["schema"] == builtin["schema"] and len(sample["providers"]) == 2, "schema and entries")
    for provider in sample["providers"]:
        name = provider["id"]
        check(set(provider) <= known_keys and {"id", "name", "kind", "servers", "username", "signIn"} <= set(provider),
              f"{name}: keys {sorted(set(provider) - known_keys)} unknown")
        check(provider["signIn"] == "oauth2" and all(s["host"] == "127.0.0.1" for s in provider["servers"]),
              f"{name}: sign-in and servers")
        oauth2 = provider["oauth2"]
        check(set(oauth2) <= OAUTH2_KEYS and {"authorizeUrl", "tokenUrl", "scopes", "clientId"} <= set(oauth2),
              f"{name}: oauth2 keys {sorted(oauth2)}")
        check(oauth2["clientId"] == CLIENT_ID and oauth2.get("clientSecret", CLIENT_SECRET) == CLIENT_SECRET,
              f"{name}: client")

        def path_of(key):
            url = oauth2[key].replace("{tenant}", oauth2.get("tenant") or "common")
            check(url.startswith(BASE + "/"), f"{name}: {key} {url} is not on {BASE}")
            return url[len(BASE):]

        verifier, challenge = pkce()
        query = urllib.parse.urlencode({"response_type": "code", "client_id": oauth2["clientId"],
                                        "redirect_uri": REDIRECT, "scope": " ".join(oauth2["scopes"]),
                                        "state": "p", "code_challenge": challenge, "code_challenge_method": "S256"})
        status, headers, _ = server.request("GET", path_of("authorizeUrl") + "?" + query)
        check(status == 302 and "code=" in headers.get("location", ""), f"{name}: authorize {status}")
        code = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(headers["location"]).query))["code"]
        fields = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
                  "code_verifier": verifier, "client_id": oauth2["clientId"]}
        if "clientSecret" in oauth2:
            fields["client_secret"] = oauth2["clientSecret"]
        status, answer = server.post_form(path_of("tokenUrl"), fields)
        check(status == 200 and "refresh_token" in answer, f"{name}: token {status} {answer}")
        status, answer = server.post_form(path_of("deviceCodeUrl"), {"client_id": oauth2["clientId"],
                                                                     "scope": " ".join(oauth2["scopes"])})
        check(status == 200 and "device_code" in answer, f"{name}: devicecode {status} {answer}")
    check(server.admin("/admin/stats")["tenants"] == {"organizations": 3}, "the tenant entry used its tenant")


STEPS = [step_metadata, step_providers_sample, step_authorize_refusals_without_redirect,
         step_authorize_refusals_redirected,
         step_next_authorize, step_login_hint_and_default_user, step_code_exchange_refusals,
         step_client_authentication, step_refresh, step_refresh_lifetime_and_offline_access, step_revoke,
         step_revoke_user, step_device_flow, step_introspection_access, step_forced_token_errors_and_delay,
         step_long_tokens, step_admin_validation, step_bounds, step_stats_and_tenants]


def main():
    global server
    parser = argparse.ArgumentParser()
    parser.add_argument("--ca", required=True, help="the test CA (PKI_DIR/ca.pem)")
    args = parser.parse_args()
    server = OAuthServer(args.ca)
    failed = []
    try:
        for step in STEPS:
            server.admin("/admin/reset", {})
            before, started = check.count, time.monotonic()
            try:
                step()
                check(check.count > before, f"{step.__name__} checked nothing")
                print(f"PASS {step.__name__} ({check.count - before} checks, {time.monotonic() - started:.1f} s)",
                      flush=True)
            except Failure as e:
                failed.append(step.__name__)
                print(f"FAIL {step.__name__}: {e}", flush=True)
            except Exception:
                failed.append(step.__name__)
                print(f"FAIL {step.__name__}: unexpected error", flush=True)
                traceback.print_exc()
    finally:
        server.admin("/admin/reset", {})
    print(f"oauth-server: {len(STEPS) - len(failed)} of {len(STEPS)} steps passed, {check.count} checks")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
