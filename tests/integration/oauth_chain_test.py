#!/usr/bin/python3
"""The OAuth chain for SMTP, end to end with nothing of Remitente's C++: the test authorization server
(tests/support/oauth/oauth_server.py), the real Postfix + Dovecot (oauth2 passdb introspecting tokens) and Python's
smtplib as the client.

  oauth_chain_test.py --ca PKI_DIR/ca.pem

Needs the ctest fixture "mailserver" (tests/support/mailserver/mailserver.sh start). Every step asserts; the
server's state is reset at the start and at the end. Exit 0: every step passed; 1: one failed.
"""
import argparse
import base64
import email.message
import email.utils
import sys
import time
import traceback
import uuid
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support" / "oauth"))
from oauth_testlib import (BASE, CLIENT_ID, DEVICE_GRANT, PASSWORD, Failure, OAuthServer, check,  # noqa: E402
                           oauthbearer, sasl, smtp_connect, wait_for_delivery, xoauth2)

ANA, BOB = "ana@example.test", "bob@example.test"
args = None
server = None


def smtp(port):
    return smtp_connect(port, args.ca)[0]


def send(session, sender, recipient, what):
    """Sends one message on a signed-in session and checks it reaches the recipient's Maildir."""
    marker = f"oauth-chain-{uuid.uuid4()}"
    message = email.message.EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, recipient, f"OAuth chain: {what}"
    message["Date"] = email.utils.formatdate()
    message["Message-ID"] = f"<{marker}@example.test>"
    message.set_content(f"Sent with {what}.\n")
    refused = session.send_message(message)
    check(refused == {}, f"{what}: recipients refused: {refused}")
    check(wait_for_delivery(recipient.split("@")[0], marker) is not None,
          f"{what}: the message {marker} did not reach {recipient}'s Maildir")


def expect_accepted(port, mechanism, user, token, inline=True):
    session = smtp(port)
    response = xoauth2(user, token) if mechanism == "XOAUTH2" else oauthbearer(user, token, port)
    code, text, challenge = sasl(session, mechanism, response, inline)
    check(code == 235, f"{mechanism} on {port} ({'inline' if inline else '334 continuation'}, token of "
          f"{len(token)} characters) for {user}: {code} {text} {challenge}")
    return session


def expect_refused(port, mechanism, user, token, what):
    """A refused token: 334 with base64 JSON that has "status", the client's empty line / AQ==, then 535."""
    session = smtp(port)
    if mechanism == "XOAUTH2":
        code, text, challenge = sasl(session, mechanism, xoauth2(user, token), answer_to_challenge="")
    else:
        code, text, challenge = sasl(session, mechanism, oauthbearer(user, token, port),
                                     answer_to_challenge=base64.b64encode(b"\x01").decode())
    check(challenge is not None and "status" in challenge,
          f"{what}: {mechanism} on {port} gave no 334 JSON challenge with a status (challenge {challenge})")
    check(code == 535, f"{what}: {mechanism} on {port} ended with {code} {text}, not 535")
    session.quit()
    return challenge


# --- the steps ------------------------------------------------------------------------------------------------

def step_mechanisms_offered():
    for port in (587, 465):
        session, mechanisms = smtp_connect(port, args.ca)
        check({"PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"} <= mechanisms, f"{port} offers AUTH {mechanisms}")
        session.quit()


def step_code_flow():
    """The authorization code flow as a client does it; the tokens it gives are what the next steps use."""
    answer = server.sign_in()
    check(answer.get("token_type") == "Bearer", f"token_type {answer.get('token_type')}")
    check(isinstance(answer.get("expires_in"), int) and answer["expires_in"] > 0, f"expires_in {answer}")
    check(answer.get("access_token") and answer.get("refresh_token"), f"tokens missing: {list(answer)}")
    check("SMTP.Send" in answer.get("scope", ""), f"scope {answer.get('scope')}")
    status, introspected = server.introspect(answer["access_token"])
    check(status == 200 and introspected.get("active") is True and introspected.get("username") == ANA,
          f"introspection of the new token: {status} {introspected}")
    step_code_flow.tokens = answer


def step_xoauth2_delivers():
    token = step_code_flow.tokens["access_token"]
    for port in (587, 465):
        session = expect_accepted(port, "XOAUTH2", ANA, token)
        send(session, ANA, ANA, f"XOAUTH2 on {port}")
        session.quit()


def step_oauthbearer_accepted():
    token = step_code_flow.tokens["access_token"]
    for port in (587, 465):
        session = expect_accepted(port, "OAUTHBEARER", ANA, token)
        send(session, ANA, BOB, f"OAUTHBEARER on {port}")
        session.quit()


def step_long_token():
    """A 5,000-character token (over 4 KiB), on the AUTH line and as a 334 continuation."""
    server.admin("/admin/config", {"access_token_length": 5000})
    status, answer = server.refresh(step_code_flow.tokens["refresh_token"])
    check(status == 200, f"refresh for a long token: {status} {answer}")
    token = answer["access_token"]
    check(len(token) == 5000, f"the long token has {len(token)} characters")
    session = expect_accepted(587, "XOAUTH2", ANA, token, inline=True)
    send(session, ANA, ANA, "XOAUTH2 with a 5,000-character token")
    session.quit()
    expect_accepted(465, "XOAUTH2", ANA, token, inline=False).quit()
    expect_accepted(465, "OAUTHBEARER", ANA, token, inline=True).quit()
    expect_accepted(587, "OAUTHBEARER", ANA, token, inline=False).quit()


def step_token_of_another_user():
    bob = server.admin("/admin/issue", {"user": BOB})["access_token"]
    challenge = expect_refused(587, "XOAUTH2", ANA, bob, "bob's token as ana")
    check(challenge.get("status") == "401", f"XOAUTH2 failure status {challenge}")
    expect_refused(465, "OAUTHBEARER", ANA, bob, "bob's token as ana")
    session = expect_accepted(465, "XOAUTH2", BOB, bob)  # the same token is good for bob himself
    send(session, BOB, ANA, "bob's own token")
    session.quit()


def step_not_tokens():
    """Neither a refresh token, nor a password, nor garbage passes as an access token; a token is no password."""
    expect_refused(587, "XOAUTH2", ANA, step_code_flow.tokens["refresh_token"], "a refresh token as bearer")
    expect_refused(465, "XOAUTH2", ANA, PASSWORD, "the password as bearer token")
    expect_refused(465, "OAUTHBEARER", ANA, "not-a-token", "garbage")
    session = smtp(587)
    plain = base64.b64encode(f"\0{ANA}\0{step_code_flow.tokens['access_token']}".encode()).decode()
    code, text, _ = sasl(session, "PLAIN", plain)
    check(code == 535, f"an access token as PLAIN password: {code} {text}")
    session.quit()


def step_passwords_still_work():
    session = smtp(587)
    plain = base64.b64encode(f"\0{ANA}\0{PASSWORD}".encode()).decode()
    code, text, _ = sasl(session, "PLAIN", plain)
    check(code == 235, f"PLAIN with ana's password on 587: {code} {text}")
    send(session, ANA, ANA, "PLAIN with the password")
    session.quit()
    session = smtp(465)
    code, text = session.docmd("AUTH", "LOGIN")
    check(code == 334, f"AUTH LOGIN: {code} {text}")
    code, text = session.docmd(base64.b64encode(ANA.encode()).decode())
    check(code == 334, f"AUTH LOGIN user: {code} {text}")
    code, text = session.docmd(base64.b64encode(PASSWORD.encode()).decode())
    check(code == 235, f"LOGIN with ana's password on 465: {code} {text}")
    session.quit()
    session = smtp(465)
    code, text, _ = sasl(session, "PLAIN", base64.b64encode(f"\0{ANA}\0wrong".encode()).decode())
    check(code == 535, f"PLAIN with a wrong password: {code} {text}")
    session.quit()


def step_expiry_and_one_refresh():
    """With 2-second access tokens: a token works, then is refused once expired; exactly one refresh gives a
    working one again."""
    server.admin("/admin/config", {"access_token_lifetime": 2})
    server.admin("/admin/reset", {"only": "stats"})
    answer = server.sign_in()
    check(answer["expires_in"] == 2, f"expires_in {answer['expires_in']}")
    expect_accepted(587, "XOAUTH2", ANA, answer["access_token"]).quit()
    time.sleep(3)
    expect_refused(587, "XOAUTH2", ANA, answer["access_token"], "an expired token")
    status, refreshed = server.refresh(answer["refresh_token"])
    check(status == 200 and refreshed["access_token"] != answer["access_token"], f"refresh: {status} {refreshed}")
    session = expect_accepted(465, "XOAUTH2", ANA, refreshed["access_token"])
    send(session, ANA, ANA, "a refreshed token")
    session.quit()
    stats = server.admin("/admin/stats")
    check(stats["grant_types"] == {"authorization_code": 1, "refresh_token": 1},
          f"grant types counted: {stats['grant_types']}")
    check(stats["introspection"]["active"] >= 2 and stats["introspection"]["inactive"] >= 1,
          f"introspections counted: {stats['introspection']}")


def step_device_flow():
    status, device = server.post_form("/devicecode", {"client_id": CLIENT_ID, "scope": "https://mail.example.test/"
                                                      "SMTP.Send offline_access"})
    check(status == 200, f"/devicecode: {status} {device}")
    for key in ("device_code", "user_code", "verification_uri", "expires_in", "interval", "message"):
        check(key in device, f"/devicecode answer has no {key}: {device}")
    check(device["interval"] == 1 and device["user_code"] in device["message"], f"/devicecode answer {device}")
    poll = {"grant_type": DEVICE_GRANT, "device_code": device["device_code"], "client_id": CLIENT_ID}
    status, answer = server.post_form("/token", poll)
    check(status == 400 and answer.get("error") == "authorization_pending", f"first poll: {status} {answer}")
    time.sleep(device["interval"])
    status, answer = server.post_form("/token", poll)
    check(status == 200 and answer.get("access_token") and answer.get("refresh_token"),
          f"second poll: {status} {answer}")
    session = expect_accepted(587, "OAUTHBEARER", ANA, answer["access_token"])
    send(session, ANA, ANA, "a device code token")
    session.quit()


def step_revoked_user():
    """After the user's tokens are revoked: the access token is refused (334 JSON, then 535), the refresh token
    is invalid_grant with Microsoft's AADSTS70008; signing in again works."""
    answer = server.sign_in()
    token = answer["access_token"]
    expect_accepted(587, "XOAUTH2", ANA, token).quit()
    revoked = server.admin("/admin/revoke-user", {"user": ANA})
    check(revoked["revoked_grants"] >= 1, f"revoke-user: {revoked}")
    challenge = expect_refused(587, "XOAUTH2", ANA, token, "a revoked token")
    check(challenge.get("status") == "401", f"XOAUTH2 status {challenge}")
    challenge = expect_refused(465, "OAUTHBEARER", ANA, token, "a revoked token")
    check(challenge.get("status") == "invalid_token", f"OAUTHBEARER status {challenge}")
    status, error = server.refresh(answer["refresh_token"])
    check(status == 400 and error.get("error") == "invalid_grant", f"refresh after revocation: {status} {error}")
    check(70008 in error.get("error_codes", []) and error.get("error_description", "").startswith("AADSTS70008:"),
          f"refresh after revocation: {error}")
    again = server.sign_in()
    session = expect_accepted(465, "XOAUTH2", ANA, again["access_token"])
    send(session, ANA, ANA, "a token from signing in again")
    session.quit()


STEPS = [step_mechanisms_offered, step_code_flow, step_xoauth2_delivers, step_oauthbearer_accepted,
         step_long_token, step_token_of_another_user, step_not_tokens, step_passwords_still_work,
         step_expiry_and_one_refresh, step_device_flow, step_revoked_user]


def main():
    global args, server
    parser = argparse.ArgumentParser()
    parser.add_argument("--ca", required=True, help="the test CA (PKI_DIR/ca.pem)")
    args = parser.parse_args()
    server = OAuthServer(args.ca)
    server.admin("/admin/reset", {})
    failed = []
    try:
        for step in STEPS:
            server.admin("/admin/reset", {"only": "config"})  # whatever the step before changed
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
            if failed and step is step_code_flow:
                break  # everything after needs its tokens
    finally:
        server.admin("/admin/reset", {})
    print(f"oauth-chain: {len(STEPS) - len(failed)} of {len(STEPS)} steps passed, {check.count} checks "
          f"against {BASE} and Postfix on 587/465")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
